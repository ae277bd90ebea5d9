// The few things pages do with script (each works, or is simply absent, without it).
document.addEventListener('click', function (e) {
    var target = e.target instanceof Element ? e.target.closest('[data-print]') : null;
    if (target) {
        e.preventDefault();
        window.print();
    }
});

// The viewer's own IANA zone, for pages that show a meeting's time in it beside the venue's.
window.summit = {
    timeZone: function () {
        try { return Intl.DateTimeFormat().resolvedOptions().timeZone || null; } catch (e) { return null; }
    }
};

// The time of the previous visit to a page (kept in this browser), swapped for now: "what happened since".
window.summit.swapLastVisit = function (key) {
    try {
        var previous = window.localStorage.getItem(key);
        window.localStorage.setItem(key, new Date().toISOString());
        return previous;
    } catch (e) { return null; }
};

// The time of the previous visit, read without changing it (the header's count of what is new in the inbox).
window.summit.lastVisit = function (key) {
    try { return window.localStorage.getItem(key); } catch (e) { return null; }
};

// A countdown beside a deadline: each [data-countdown] element shows the time left, once a second, in the browser
// (nothing is asked of the server); at zero it shows its data-ended text.
setInterval(function () {
    document.querySelectorAll('[data-countdown]').forEach(function (el) {
        var left = Math.floor((Date.parse(el.getAttribute('data-countdown')) - Date.now()) / 1000);
        if (isNaN(left)) { return; }
        if (left <= 0) { el.textContent = el.getAttribute('data-ended') || ''; return; }
        var d = Math.floor(left / 86400), h = Math.floor(left % 86400 / 3600), m = Math.floor(left % 3600 / 60), s = left % 60;
        el.textContent = (d > 0 ? d + 'd ' : '') + String(h).padStart(2, '0') + ':' + String(m).padStart(2, '0') + ':' + String(s).padStart(2, '0');
    });
}, 1000);
