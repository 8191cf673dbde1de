/*
 * Behaviour that pages ask for by attribute, so that no page needs inline script (the Content-Security-Policy allows
 * none): data-confirm="question" asks before a button or link does its work, data-print prints the page, and
 * data-copy="id" copies the text of the element with that id.
 */
(function () {
    'use strict';
    // PrimeFaces' CSP mode refuses a postback that does not send back the page's script nonce ("Missing CSP nonce"
    // or "CSP nonce mismatch"). Its own script adds it to every form, but pages with only plain Faces components do
    // not load that script: this one, loaded everywhere with the same nonce, does it for them.
    var nonce = document.currentScript && document.currentScript.nonce;
    if (nonce) {
        document.addEventListener('DOMContentLoaded', function () {
            Array.prototype.forEach.call(document.forms, function (form) {
                if (form.method.toLowerCase() === 'post' && !form.elements['primefaces.nonce']) {
                    var input = document.createElement('input');
                    input.type = 'hidden';
                    input.name = 'primefaces.nonce';
                    input.value = nonce;
                    form.appendChild(input);
                }
            });
        });
    }
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
