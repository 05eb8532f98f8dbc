import { NAME_MAX, PASSWORD_MAX, PASSWORD_MIN } from '@citadel/protocol/api';
import type { Lang } from './i18n.js';

const vi = {
  // On the sign-in screen
  noAccount: 'Chưa có tài khoản?',
  toSignUp: 'Tạo tài khoản',
  toRecover: 'Quên mật khẩu?',
  toSignIn: 'Về đăng nhập',
  // Sign-up
  signUpTitle: 'Tạo tài khoản',
  signUpIntro: 'Tài khoản bảng điều khiển là tài khoản công dân Citadel: cùng số điện thoại và mật khẩu dùng được trên ứng dụng thành phố. Nhập số di động của bạn; nền tảng sẽ gửi mã xác thực qua SMS.',
  signUpCodeSent: (phone: string, minutes: number) => `Đã gửi mã xác thực qua SMS tới ${phone}; mã dùng được trong ${minutes} phút.`,
  name: 'Họ và tên',
  nameRule: `Tối đa ${NAME_MAX} ký tự.`,
  badName: `Họ và tên dài tối đa ${NAME_MAX} ký tự.`,
  password: 'Mật khẩu',
  passwordRule: `Từ ${PASSWORD_MIN} đến ${PASSWORD_MAX} ký tự.`,
  badPassword: `Mật khẩu cần từ ${PASSWORD_MIN} đến ${PASSWORD_MAX} ký tự.`,
  createAccount: 'Tạo tài khoản và đăng nhập',
  phoneTakenNext: 'Hãy đăng nhập bằng số này, hoặc đặt lại mật khẩu nếu bạn đã quên.',
  // Recovery
  recoverTitle: 'Đặt lại mật khẩu',
  recoverIntro: 'Nhập số điện thoại của tài khoản. Nếu số này có tài khoản, nền tảng sẽ gửi mã xác thực qua SMS để bạn đặt mật khẩu mới.',
  recoverCodeSent: (phone: string, minutes: number) => `Nếu ${phone} có tài khoản, mã xác thực đã được gửi tới số đó qua SMS; mã dùng được trong ${minutes} phút.`,
  newPassword: 'Mật khẩu mới',
  recoverNote: 'Đặt xong, bạn được đăng nhập ngay tại đây. Mọi phiên đăng nhập khác của tài khoản (cả trên ứng dụng thành phố) kết thúc, và trình duyệt khác sẽ cần mã mới khi đăng nhập bằng mật khẩu.',
  recoverSubmit: 'Đặt mật khẩu mới',
  // Both
  sendCode: 'Gửi mã',
  otherNumber: 'Dùng số khác',
  resend: 'Gửi lại mã',
  resendIn: (wait: string) => `Gửi lại mã sau ${wait}`,
  resent: 'Đã gửi mã mới.',
  codeExpired: 'Mã xác thực đã hết hạn hoặc đã được dùng. Hãy bấm "Gửi lại mã" để nhận mã mới.',
  codeDead: 'Bạn đã nhập sai mã 5 lần. Hãy bấm "Gửi lại mã" để nhận mã mới.',
};

const en: typeof vi = {
  noAccount: 'No account yet?',
  toSignUp: 'Create an account',
  toRecover: 'Forgot your password?',
  toSignIn: 'Back to sign-in',
  signUpTitle: 'Create an account',
  signUpIntro: 'A console account is a Citadel citizen account: the same phone number and password work in the city app. Enter your mobile number; the platform texts you a code.',
  signUpCodeSent: (phone, minutes) => `We texted a code to ${phone}; it works for ${minutes} minutes.`,
  name: 'Full name',
  nameRule: `At most ${NAME_MAX} characters.`,
  badName: `A name is at most ${NAME_MAX} characters.`,
  password: 'Password',
  passwordRule: `${PASSWORD_MIN} to ${PASSWORD_MAX} characters.`,
  badPassword: `A password is ${PASSWORD_MIN} to ${PASSWORD_MAX} characters.`,
  createAccount: 'Create the account and sign in',
  phoneTakenNext: 'Sign in with this number, or reset its password if you forgot it.',
  recoverTitle: 'Reset your password',
  recoverIntro: 'Enter your account\'s phone number. If the number has an account, the platform texts it a code to set a new password.',
  recoverCodeSent: (phone, minutes) => `If ${phone} has an account, a code was texted to it; it works for ${minutes} minutes.`,
  newPassword: 'New password',
  recoverNote: 'Once it is set, you are signed in here. Every other session of the account (in the city app too) ends, and other browsers will need a new code to sign in with the password.',
  recoverSubmit: 'Set the new password',
  sendCode: 'Send the code',
  otherNumber: 'Use another number',
  resend: 'Send a new code',
  resendIn: (wait) => `Send a new code in ${wait}`,
  resent: 'A new code is on its way.',
  codeExpired: 'The code has expired or was already used. Press "Send a new code" for a new one.',
  codeDead: 'You entered a wrong code 5 times. Press "Send a new code" for a new one.',
};

/** The words of the sign-up and recovery screens and of their links on the sign-in screen. */
export type AccountText = typeof en;

/** The words of the sign-up and recovery screens (and their links on the sign-in screen), in `lang`. */
export const accountText = (lang: Lang): AccountText => (lang === 'en' ? en : vi);
