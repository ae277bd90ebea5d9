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
