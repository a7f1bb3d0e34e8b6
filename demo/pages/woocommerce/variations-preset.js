// What WooCommerce's PHP does before any script runs (variable.php, wc_dropdown_variation_attribute_options):
// the select already carries the attribute from the URL (`?attribute_colour=red`) as its selected
// option. A static demo page does it here, in a deferred script that runs before the widget's.
(() => {
  const preset = new URLSearchParams(location.search).get('attribute_colour');
  const select = document.querySelector('form.variations_form select[name="attribute_colour"]');
  if (preset && select && [...select.options].some((o) => o.value === preset)) select.value = preset;
})();
