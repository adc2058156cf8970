/* Issue 15: a table wider than the screen scrolls inside its box (.table-wrap); an overflowing box that holds nothing
   focusable becomes focusable itself, so that the keyboard can scroll it (WCAG 2.1.1). */
(function () {
  'use strict';
  function mark() {
    document.querySelectorAll('.table-wrap').forEach(function (box) {
      var overflowing = box.scrollWidth > box.clientWidth + 1;
      var focusable = box.querySelector('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])');
      if (overflowing && !focusable) {
        box.setAttribute('tabindex', '0');
      } else if (!overflowing && box.getAttribute('tabindex') === '0') {
        box.removeAttribute('tabindex');
      }
    });
  }
  document.addEventListener('DOMContentLoaded', mark);
  window.addEventListener('resize', mark);
}());
