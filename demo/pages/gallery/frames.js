// Each frame as tall as its page, so no state is cut off (at any width, as the widget's words
// wrap): the frames are same-origin, so their content's height can be read and followed.
for (const frame of document.querySelectorAll('.frames iframe')) {
  const fitHeight = () => {
    const doc = frame.contentDocument;
    if (doc?.documentElement) frame.style.height = `${doc.documentElement.scrollHeight}px`;
  };
  const follow = () => {
    fitHeight();
    if (frame.contentDocument?.body) new ResizeObserver(fitHeight).observe(frame.contentDocument.body);
  };
  frame.addEventListener('load', follow);
  if (frame.contentDocument?.readyState === 'complete' && frame.contentWindow?.location.href !== 'about:blank') follow();
}
