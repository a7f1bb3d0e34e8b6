import { fill } from '../core/describeStatus';
import { type MessageOverrides, overridesFor } from '../core/overridesFor';

/**
 * Words of the signup form and the alternatives list, in the extras bundle only (the main
 * catalogue stays small). `{name}` placeholders only; merchants override any key per locale
 * through `messages`, as with the main texts.
 */
export const extrasEn = {
  signupIntro: 'Get an email when it is back in stock.',
  signupLabel: 'Email address',
  signupButton: 'Notify me',
  signupMissing: 'Enter your email address.',
  signupInvalid: 'Enter an email address like name@example.com.',
  signupSending: 'Signing you up…',
  signupDone: 'Thanks! We will email {email} when it is back.',
  signupRetrying: 'We could not reach the sign-up service. Your address is saved and we will keep trying.',
  signupRejected: 'The sign-up was not accepted. Check your address and try again.',
  alternativesHeading: 'Available now instead',
};
export type ExtrasKey = keyof typeof extrasEn;

const catalogs: Record<string, Partial<Record<ExtrasKey, string>>> = {
  en: extrasEn,
  de: {
    signupIntro: 'Per E-Mail benachrichtigen, sobald es wieder da ist.',
    signupLabel: 'E-Mail-Adresse',
    signupButton: 'Benachrichtigen',
    signupMissing: 'Bitte geben Sie Ihre E-Mail-Adresse ein.',
    signupInvalid: 'Bitte eine E-Mail-Adresse wie name@beispiel.de eingeben.',
    signupSending: 'Wird angemeldet …',
    signupDone: 'Danke! Wir schreiben an {email}, sobald es wieder da ist.',
    signupRetrying: 'Der Anmeldedienst ist nicht erreichbar. Ihre Adresse ist gespeichert, wir versuchen es weiter.',
    signupRejected: 'Die Anmeldung wurde abgelehnt. Bitte prüfen Sie Ihre Adresse.',
    alternativesHeading: 'Sofort lieferbar',
  },
  fr: {
    signupIntro: 'Recevez un e-mail dès le retour en stock.',
    signupLabel: 'Adresse e-mail',
    signupButton: 'M’avertir',
    signupMissing: 'Saisissez votre adresse e-mail.',
    signupInvalid: 'Saisissez une adresse e-mail comme nom@exemple.fr.',
    signupSending: 'Inscription en cours…',
    signupDone: 'Merci ! Nous écrirons à {email} dès son retour.',
    signupRetrying: 'Le service d’inscription est injoignable. Votre adresse est enregistrée, nous réessayons.',
    signupRejected: 'L’inscription a été refusée. Vérifiez votre adresse.',
    alternativesHeading: 'Disponible maintenant',
  },
  es: {
    signupIntro: 'Recibe un correo cuando vuelva a estar disponible.',
    signupLabel: 'Correo electrónico',
    signupButton: 'Avisarme',
    signupMissing: 'Introduce tu correo electrónico.',
    signupInvalid: 'Introduce un correo como nombre@ejemplo.com.',
    signupSending: 'Registrando…',
    signupDone: '¡Gracias! Escribiremos a {email} cuando vuelva.',
    signupRetrying: 'No pudimos contactar con el servicio. Tu dirección está guardada y seguiremos intentándolo.',
    signupRejected: 'No se aceptó el registro. Revisa tu dirección.',
    alternativesHeading: 'Disponible ahora',
  },
  nl: {
    signupIntro: 'Ontvang een e-mail zodra het weer op voorraad is.',
    signupLabel: 'E-mailadres',
    signupButton: 'Houd me op de hoogte',
    signupMissing: 'Vul je e-mailadres in.',
    signupInvalid: 'Vul een e-mailadres in zoals naam@voorbeeld.nl.',
    signupSending: 'Bezig met aanmelden…',
    signupDone: 'Bedankt! We mailen {email} zodra het terug is.',
    signupRetrying: 'De aanmelddienst is niet bereikbaar. Je adres is bewaard en we blijven het proberen.',
    signupRejected: 'De aanmelding is niet geaccepteerd. Controleer je adres.',
    alternativesHeading: 'Nu leverbaar',
  },
  it: {
    signupIntro: 'Ricevi un’email quando torna disponibile.',
    signupLabel: 'Indirizzo email',
    signupButton: 'Avvisami',
    signupMissing: 'Inserisci il tuo indirizzo email.',
    signupInvalid: 'Inserisci un indirizzo come nome@esempio.it.',
    signupSending: 'Iscrizione in corso…',
    signupDone: 'Grazie! Scriveremo a {email} quando torna disponibile.',
    signupRetrying: 'Il servizio di iscrizione non risponde. Il tuo indirizzo è salvato e continueremo a provare.',
    signupRejected: 'L’iscrizione non è stata accettata. Controlla l’indirizzo.',
    alternativesHeading: 'Disponibili subito',
  },
  pt: {
    signupIntro: 'Receba um e-mail quando voltar ao estoque.',
    signupLabel: 'Endereço de e-mail',
    signupButton: 'Avise-me',
    signupMissing: 'Informe seu e-mail.',
    signupInvalid: 'Informe um e-mail como nome@exemplo.com.',
    signupSending: 'Cadastrando…',
    signupDone: 'Obrigado! Avisaremos {email} quando voltar.',
    signupRetrying: 'Não foi possível contatar o serviço. Seu endereço está salvo e continuaremos tentando.',
    signupRejected: 'O cadastro não foi aceito. Verifique seu endereço.',
    alternativesHeading: 'Disponível agora',
  },
  ja: {
    signupIntro: '再入荷したらメールでお知らせします。',
    signupLabel: 'メールアドレス',
    signupButton: '通知を受け取る',
    signupMissing: 'メールアドレスを入力してください。',
    signupInvalid: 'name@example.com の形式でメールアドレスを入力してください。',
    signupSending: '登録しています…',
    signupDone: 'ありがとうございます。再入荷したら {email} にお知らせします。',
    signupRetrying: '登録サービスに接続できません。アドレスは保存され、再試行を続けます。',
    signupRejected: '登録できませんでした。アドレスをご確認ください。',
    alternativesHeading: 'すぐにお届けできる商品',
  },
};

export const extrasLocales = Object.keys(catalogs);
export function extrasCatalog(language: string): Partial<Record<ExtrasKey, string>> | undefined {
  return catalogs[language];
}

/** A `say(key, values)` for one locale: merchant override, then built-in words, then English. */
export function extrasText(locale: string, overrides?: MessageOverrides) {
  const language = locale.toLowerCase().split('-')[0] ?? 'en';
  const words = { ...extrasEn, ...catalogs[language], ...overridesFor(locale, overrides) } as Record<ExtrasKey, string>;
  return (key: ExtrasKey, values: Record<string, string> = {}) => fill(words[key] ?? extrasEn[key], values);
}
