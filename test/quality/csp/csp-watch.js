// Collects Content-Security-Policy violations on this page for the test that loads it.
window.__fcCspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__fcCspViolations.push(
    `${e.violatedDirective}: ${e.blockedURI || '(inline)'} ${e.sourceFile || ''}:${e.lineNumber || ''} ${e.sample || ''}`.trim(),
  );
});
