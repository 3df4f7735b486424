// Files in and out of the browser: a download made from a Blob, and a file input's text. Nothing is uploaded anywhere.

/** Offers `blob` to the user as a download named `name`. */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has started the download by now; the URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** A text file's extension, lower case (`.json`, `.xlsx`), or '' when it has none. */
export function extensionOf(name: string): string {
  const m = /\.[^.]+$/.exec(name);
  return m ? m[0].toLowerCase() : '';
}

/** Today's date (the user's clock) as YYYY-MM-DD, the default for date inputs. */
export function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
