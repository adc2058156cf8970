/*
 * B3, AP10: the filing form (app/file.xhtml) saves itself as the user's server-side draft. Every change restarts a
 * 1.5 s timer; when typing stops and the fields differ from what was last sent, one request (the page's
 * rasSaveDraft command) sends the typed fields, never the photo. Nothing runs while the page is idle, so the
 * 30-minute idle logout still happens.
 */
(function () {
    "use strict";

    var QUIET_MS = 1500;
    var STATUS = "file:draftStatus";

    function start() {
        var form = document.getElementById("file");
        if (!form || typeof window.rasSaveDraft !== "function") {
            return;
        }
        var timer = null;
        var leaving = false;

        /** The typed fields as one string, to send only what changed (hidden fields and the photo left out). */
        function snapshot() {
            var parts = [];
            for (var i = 0; i < form.elements.length; i++) {
                var field = form.elements[i];
                if (!field.name || field.type === "file" || field.type === "hidden" || field.type === "submit") {
                    continue;
                }
                if ((field.type === "checkbox" || field.type === "radio") && !field.checked) {
                    continue;
                }
                parts.push(field.name + "=" + field.value);
            }
            return parts.join("\u0000");
        }

        var sent = snapshot();

        function stop() {
            if (timer !== null) {
                clearTimeout(timer);
                timer = null;
            }
        }

        function save() {
            timer = null;
            var now = snapshot();
            if (now !== sent) {
                sent = now;
                window.rasSaveDraft();
            }
        }

        function later(event) {
            if (leaving || (event.target && event.target.type === "file")) {
                return;
            }
            stop();
            timer = setTimeout(save, QUIET_MS);
        }

        form.addEventListener("input", later);
        form.addEventListener("change", later);
        // Any form's submit leaves the page: filing sends everything itself (and saves the draft when refused);
        // after logging out or switching the language a save could only arrive too late.
        document.addEventListener("submit", function () {
            leaving = true;
            stop();
        }, true);
        // Closing the tab or following a link: save what is pending now, best effort.
        document.addEventListener("visibilitychange", function () {
            if (document.visibilityState === "hidden" && timer !== null) {
                stop();
                save();
            }
        });

        function failed() {
            var status = document.getElementById(STATUS);
            if (status) {
                status.textContent = status.getAttribute("data-unsaved");
                status.className = "draft-unsaved";
            }
            sent = null;
        }

        // The command's onerror: the server answered with an error or not at all.
        window.rasDraftFailed = failed;

        // The command's onevent. A save that the server accepted always renders the status; after the session
        // ended, the answer is the login page's instead (the browser follows the redirect): not saved.
        window.rasDraftEvent = function (data) {
            if (data.status !== "success") {
                return;
            }
            var updates = data.responseXML ? data.responseXML.getElementsByTagName("update") : [];
            for (var i = 0; i < updates.length; i++) {
                if (updates[i].getAttribute("id") === STATUS) {
                    return;
                }
            }
            failed();
        };
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
}());
