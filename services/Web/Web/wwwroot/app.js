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
