/*
 * The quiz page: puts the saved answers back, saves changes to the server within two seconds (and when the page is
 * left or hidden), says whether the latest answer is saved, counts down the time limit, and submits. Answers travel
 * with the ids the learner was shown; the server checks every one of them.
 */
(function () {
    'use strict';
    var form = document.getElementById('quiz');
    if (!form) {
        return;
    }
    var api = form.dataset.api;
    var msg = function (name) { return form.dataset['msg' + name] || ''; };
    var status = document.getElementById('save-status');
    var answeredCount = document.getElementById('answered');
    var submitButton = document.getElementById('submit-attempt');
    var questions = Array.prototype.slice.call(form.querySelectorAll('.question'));
    var dirty = {};          // question key -> true while its latest change is not acknowledged by the server
    var pending = [];        // saves on the wire
    var timer = null;
    var closed = false;
    var retryDelay = 2000;
    var sequence = 0;        // increases with every save, across reloads: the server ignores overtaken saves
    var clockOffset = Number(form.dataset.now || Date.now()) - Date.now();   // server time minus this clock

    function all(root, selector) {
        return Array.prototype.slice.call(root.querySelectorAll(selector));
    }

    function checkedValues(question, name) {
        return all(question, 'input[name="' + name + '"]:checked').map(function (input) { return input.value; });
    }

    /* The answer to one question, in the shape of the REST API's Answer. */
    function answerOf(question) {
        var key = question.dataset.key;
        switch (question.dataset.type) {
            case 'single':
                return { option: checkedValues(question, 'q-' + key)[0] || null };
            case 'multiple':
                return { options: checkedValues(question, 'q-' + key) };
            case 'truefalse':
                var value = checkedValues(question, 'q-' + key)[0];
                return { value: value === undefined ? null : value === 'true' };
            case 'matching':
                var matches = {};
                all(question, 'select[data-left]').forEach(function (select) {
                    if (select.value) {
                        matches[select.dataset.left] = select.value;
                    }
                });
                return { matches: matches };
            case 'short':
            case 'numeric':
                var text = question.querySelector('input[type="text"]').value;
                return { text: text === '' ? null : text };
            case 'ordering':
                return question.dataset.touched
                    ? { order: all(question, '.ordering__item').map(function (item) { return item.dataset.id; }) }
                    : {};
            case 'inspection':
                return {
                    decision: checkedValues(question, 'q-' + key)[0] || null,
                    flags: checkedValues(question, 'flags-' + key)
                };
        }
        return {};
    }

    function isAnswered(answer) {
        return Object.keys(answer).some(function (field) {
            var value = answer[field];
            if (value === null || value === undefined) {
                return false;
            }
            if (Array.isArray(value)) {
                return value.length > 0;
            }
            return typeof value !== 'object' || Object.keys(value).length > 0;
        });
    }

    /* Puts a saved answer back into the form. */
    function restore(question, answer) {
        var key = question.dataset.key;
        var tick = function (name, values) {
            all(question, 'input[name="' + name + '"]').forEach(function (input) {
                input.checked = values.indexOf(input.value) >= 0;
            });
        };
        if (answer.option) { tick('q-' + key, [answer.option]); }
        if (answer.options) { tick('q-' + key, answer.options); }
        if (answer.value !== undefined && answer.value !== null) { tick('q-' + key, [String(answer.value)]); }
        if (answer.matches) {
            all(question, 'select[data-left]').forEach(function (select) {
                select.value = answer.matches[select.dataset.left] || '';
            });
        }
        if (answer.text !== undefined && answer.text !== null) {
            question.querySelector('input[type="text"]').value = answer.text;
        }
        if (answer.order) {
            var list = question.querySelector('.ordering');
            answer.order.forEach(function (id) {
                var item = list.querySelector('[data-id="' + id + '"]');
                if (item) { list.appendChild(item); }
            });
            question.dataset.touched = 'true';
        }
        if (answer.decision) { tick('q-' + key, [answer.decision]); }
        if (answer.flags) { tick('flags-' + key, answer.flags); }
    }

    function show(text, state) {
        status.textContent = text;
        status.dataset.state = state;
    }

    function countAnswered() {
        var answered = questions.filter(function (q) { return isAnswered(answerOf(q)); }).length;
        answeredCount.textContent = msg('Answered').replace('{0}', answered).replace('{1}', questions.length);
        return answered;
    }

    function changed(question) {
        if (closed) {
            return;
        }
        dirty[question.dataset.key] = true;
        countAnswered();
        show(msg('Unsaved'), 'unsaved');
        // Close to the deadline, save at once: what arrives after it is not graded.
        schedule(secondsLeft() < 30 ? 0 : 1500);
    }

    function schedule(delay) {
        clearTimeout(timer);
        timer = setTimeout(save, delay);
    }

    function clock() {
        return new Date().toLocaleTimeString(document.documentElement.lang || undefined);
    }

    function nextSequence() {
        sequence = Math.max(sequence + 1, Date.now());
        return sequence;
    }

    /* Puts keys back as unsaved, unless the learner has changed them again meanwhile (then they are anyway). */
    function unsaved(keys) {
        keys.forEach(function (key) { dirty[key] = true; });
    }

    function retryLater(text) {
        show(text, 'offline');
        schedule(retryDelay);
        retryDelay = Math.min(retryDelay * 2, 30000);
    }

    /*
     * Sends every answer changed since it was last sent. Saves may overlap (the one sent when the page is left
     * does not wait): each carries a sequence number, so the server keeps the newest answer whatever arrives last.
     * Resolves true when the server has acknowledged everything changed so far.
     */
    function save() {
        clearTimeout(timer);
        var keys = Object.keys(dirty);
        if (closed || keys.length === 0) {
            return Promise.all(pending).then(function () { return Object.keys(dirty).length === 0; });
        }
        var answers = {};
        keys.forEach(function (key) {
            answers[key] = answerOf(document.getElementById('question-' + key));
            delete dirty[key];
        });
        show(msg('Saving'), 'saving');
        var request = fetch(api + '/answers', {
            method: 'PUT',
            credentials: 'same-origin',
            keepalive: true,
            headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
            body: JSON.stringify({ answers: answers, sequence: nextSequence() })
        }).then(function (response) {
            if (response.ok) {
                retryDelay = 2000;
                return true;
            }
            return response.json().catch(function () { return {}; }).then(function (problem) {
                refused(response.status, problem, keys);
                return false;
            });
        }, function () {
            // The connection dropped: the answers are still on the page; try again, a little later each time.
            unsaved(keys);
            retryLater(msg('Offline'));
            return false;
        });
        pending.push(request);
        return request.then(function (saved) {
            pending.splice(pending.indexOf(request), 1);
            if (saved && Object.keys(dirty).length === 0 && pending.length === 0) {
                show(msg('Saved').replace('{0}', clock()), 'saved');
            }
            return Promise.all(pending).then(function () { return saved && Object.keys(dirty).length === 0; });
        });
    }

    function refused(code, problem, keys) {
        if (code === 409) {
            closed = true;
            show(msg('Closed'), 'closed');
            window.location.assign(form.dataset.result);
            return;
        }
        unsaved(keys);
        if (code === 401 || code === 403) {
            retryLater(msg('SignedOut'));
        } else if (code === 400 || code === 413) {
            // Not something a retry mends: say what the server refused; the next change tries again.
            show(msg('Refused') + ' ' + (problem.detail || '') + ' ' + (problem.errors || []).join('; '), 'error');
        } else if (code === 503) {
            // The database is away (or the server is starting): the server says so and asks to retry.
            retryLater(msg('Unavailable'));
        } else {
            retryLater(msg('Offline'));
        }
    }

    function setAnswering(enabled) {
        all(form, 'input, select, .ordering__move').forEach(function (input) { input.disabled = !enabled; });
        submitButton.disabled = !enabled;
    }

    function submit() {
        var unanswered = questions.length - countAnswered();
        var question = unanswered > 0 ? msg('ConfirmUnanswered').replace('{0}', unanswered) : msg('Confirm');
        if (!window.confirm(question)) {
            return;
        }
        setAnswering(false);
        show(msg('Submitting'), 'saving');
        save().then(function (saved) {
            if (closed) {
                return;
            }
            if (!saved) {
                setAnswering(true);
                return;
            }
            return fetch(api + '/submission', {
                method: 'POST', credentials: 'same-origin',
                headers: { 'Accept': 'application/json', 'X-Requested-With': 'fetch' }
            }).then(function (response) {
                if (response.ok || response.status === 409) {
                    closed = true;
                    window.location.assign(form.dataset.result);
                } else {
                    return response.json().catch(function () { return {}; }).then(function (problem) {
                        refused(response.status, problem, []);
                        setAnswering(true);
                    });
                }
            });
        }).catch(function () {
            show(msg('Offline'), 'offline');
            setAnswering(true);
        });
    }

    /* Seconds to the deadline by the server's clock (Infinity without a time limit). */
    function secondsLeft() {
        var deadline = Number(form.dataset.deadline);
        return deadline ? (deadline - (Date.now() + clockOffset)) / 1000 : Infinity;
    }

    function countdown() {
        if (secondsLeft() === Infinity) {
            return;
        }
        var element = document.getElementById('timer');
        element.hidden = false;
        var flushed = false;
        var tick = function () {
            var left = Math.max(0, Math.round(secondsLeft()));
            element.textContent = msg('TimeLeft').replace('{0}', Math.floor(left / 60) + ':' + ('0' + (left % 60)).slice(-2));
            element.classList.toggle('is-short', left < 120);
            if (left <= 5 && !flushed) {
                flushed = true;
                save();
            }
            if (left === 0) {
                clearInterval(interval);
                setAnswering(false);
                show(msg('TimeUp'), 'closed');
                // The server grades what it had by the deadline; give it a moment, then show the result.
                Promise.all(pending).then(function () { window.location.assign(form.dataset.result); });
            }
        };
        var interval = setInterval(tick, 1000);
        tick();
    }

    var saved = JSON.parse(form.dataset.saved || '{}');
    questions.forEach(function (question) {
        if (saved[question.dataset.key]) {
            restore(question, saved[question.dataset.key]);
        }
        question.addEventListener('change', function () { changed(question); });
        question.addEventListener('input', function (event) {
            if (event.target.type === 'text') { changed(question); }
        });
        all(question, '.ordering__move').forEach(function (button) {
            button.addEventListener('click', function () {
                var item = button.closest('.ordering__item');
                var sibling = button.dataset.move === '-1' ? item.previousElementSibling : item.nextElementSibling;
                if (sibling) {
                    item.parentNode.insertBefore(item, button.dataset.move === '-1' ? sibling : sibling.nextSibling);
                }
                question.dataset.touched = 'true';
                button.focus();
                changed(question);
            });
        });
    });
    form.addEventListener('submit', function (event) { event.preventDefault(); });
    submitButton.addEventListener('click', submit);
    // Leaving or hiding the page sends what is unsaved at once; coming back (or signing in again in another tab)
    // retries what could not be sent.
    document.addEventListener('visibilitychange', function () { save(); });
    window.addEventListener('focus', function () { save(); });
    window.addEventListener('pagehide', function () { save(); });
    window.addEventListener('beforeunload', function (event) {
        if (!closed && (Object.keys(dirty).length > 0 || pending.length > 0)) {
            save();
            event.preventDefault();
            event.returnValue = '';
        }
    });
    countAnswered();
    countdown();
})();
