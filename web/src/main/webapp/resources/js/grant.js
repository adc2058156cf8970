/*
 * The grant form (officer/application.xhtml, issue 15): changing the period proposes the new expiry it gives (the
 * page's rasProposeExpiry command); the supervisor may still change the date. A listener, not an inline handler:
 * the page's Content-Security-Policy runs no inline event handler (Security 5).
 */
(function () {
    "use strict";

    function start() {
        var period = document.getElementById("grant:grantedPeriod");
        if (!period || typeof window.rasProposeExpiry !== "function") {
            return;
        }
        period.addEventListener("change", function () {
            window.rasProposeExpiry();
        });
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
}());
