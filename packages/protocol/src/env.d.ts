// protocol runs in browsers, workers and Node but takes neither DOM nor Node types;
// the WHATWG URL class is the one global it uses, and every one of those has it.
declare class URL {
  constructor(input: string, base?: string);
  readonly href: string;
  readonly origin: string;
  readonly username: string;
  readonly password: string;
  readonly protocol: string;
  readonly hostname: string;
  readonly pathname: string;
}
