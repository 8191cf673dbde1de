/*
 * Behaviour that pages ask for by attribute, so that no page needs inline script (the Content-Security-Policy allows
 * none): data-confirm="question" asks before a button or link does its work, data-print prints the page, and
 * data-copy="id" copies the text of the element with that id.
 */
(function () {
    'use strict';
    // Capture phase: the question comes before any handler on the element itself (PrimeFaces' or Faces' submit).
    document.addEventListener('click', function (event) {
        var target = event.target.closest ? event.target.closest('[data-confirm], [data-print], [data-copy]') : null;
        if (!target) {
            return;
        }
        if (target.hasAttribute('data-confirm') && !window.confirm(target.getAttribute('data-confirm'))) {
            event.preventDefault();
            event.stopPropagation();
        } else if (target.hasAttribute('data-print')) {
            window.print();
        } else if (target.hasAttribute('data-copy')) {
            var source = document.getElementById(target.getAttribute('data-copy'));
            if (source && navigator.clipboard) {
                navigator.clipboard.writeText(source.textContent);
            }
        }
    }, true);
}());
