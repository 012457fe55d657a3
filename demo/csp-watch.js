// Records every Content-Security-Policy violation on the page, for readers (open the console and
// look at window.__fcCspViolations) and for the demo tests. It is a file, not an inline script,
// because the page's own policy forbids inline scripts; it runs before the kit so it sees all.
window.__fcCspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  const where = e.sourceFile ? ` ${e.sourceFile}:${e.lineNumber}` : '';
  const entry = `${e.effectiveDirective || e.violatedDirective}: ${e.blockedURI || 'inline'}${where}${e.sample ? ` (${e.sample})` : ''}`;
  window.__fcCspViolations.push(entry);
  console.warn(`CSP violation: ${entry}`);
});
