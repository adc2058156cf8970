/*
 * The filing form (app/file.xhtml): choosing a person shows their status of residence, period and window of filing
 * (the page's rasPersonChosen command). A listener, not an inline handler: the page's Content-Security-Policy runs
 * no inline event handler (Security 5).
 */
(function () {
    "use strict";

    function start() {
        var person = document.getElementById("file:person");
        if (!person || typeof window.rasPersonChosen !== "function") {
            return;
        }
        person.addEventListener("change", function () {
            window.rasPersonChosen();
        });
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
}());
