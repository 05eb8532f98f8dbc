/** Every text the app shows, in Vietnamese and English: the host's language is `client.context.lang`. */
export const words = {
  vi: {
    hello: 'Xin chào',
    signIn: 'Đăng nhập',
    signingIn: 'Đang đăng nhập…',
    signedIn: 'Đã đăng nhập',
    signedInAs: 'Đã đăng nhập với mã',
    signInFailed: 'Chưa đăng nhập được. Hãy thử lại.',
    notHosted: 'Hãy mở trang này trong ứng dụng của thành phố.',
    startFailed: 'Chưa mở được ứng dụng. Hãy thử lại.',
  },
  en: {
    hello: 'Hello',
    signIn: 'Sign in',
    signingIn: 'Signing in…',
    signedIn: 'Signed in',
    signedInAs: 'Signed in with the id',
    signInFailed: 'Could not sign in. Please try again.',
    notHosted: 'Open this page inside the city\'s app.',
    startFailed: 'The app could not start. Please try again.',
  },
} as const;

/** The words of one language. */
export type Words = (typeof words)[keyof typeof words];

/** The words for the host's language. */
export const wordsFor = (lang: keyof typeof words): Words => words[lang];
