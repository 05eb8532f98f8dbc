/** Sends one text message. Resolves once the gateway accepted it; rejects when it refused (the code is then unusable). */
export interface SmsSender {
  /** `to` is E.164 (`+84…`); `text` is what the citizen reads. */
  send(to: string, text: string): Promise<void>;
}
