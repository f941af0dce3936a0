import { errorText } from './errorText';
import { APP_MESSAGES } from './messages';

/** The app-wide error line (出错了：…) for failures outside a screen's own message area. */
export class ErrorBanner {
  #message = $state<string | null>(null);

  get message(): string | null {
    return this.#message;
  }

  dismiss(): void {
    this.#message = null;
  }

  /** Runs `work`; a failure becomes the visible message instead of an exception. */
  async guard<T>(work: () => Promise<T>): Promise<T | undefined> {
    try {
      return await work();
    } catch (e) {
      this.#message = errorText(e, APP_MESSAGES.internal);
      return undefined;
    }
  }
}
