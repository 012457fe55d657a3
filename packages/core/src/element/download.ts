/**
 * Saving a file from the page. An object with a method, not a bare function, so a test (or a page
 * that wants to count or reroute downloads) can replace `files.save`.
 */
export const files = {
  save(blob: Blob, name: string): void {
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.click();
    // The browser has read the URL once the click's default action has run.
    setTimeout(() => URL.revokeObjectURL(url), 30_000);
  },
};
