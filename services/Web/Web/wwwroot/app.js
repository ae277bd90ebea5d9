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

// Drag and drop of the items of a list ([data-drag-item], e.g. a meeting's agenda): a browser lets an element take a
// drop only when dragover (and dragenter) is cancelled. It is done here, not in an inline handler, which the
// content-security policy (script-src 'self') refuses. The drop itself is the page's own handler.
(function () {
    var over = null;
    function itemOf(e) {
        var node = e.target;
        var element = node instanceof Element ? node : node && node.parentElement;
        return element ? element.closest('[data-drag-item]') : null;
    }
    function mark(item) {
        if (over === item) { return; }
        if (over) { over.style.outline = ''; }
        over = item;
        if (over) { over.style.outline = '2px dashed currentColor'; }
    }
    document.addEventListener('dragstart', function (e) {
        var item = itemOf(e);
        if (item && e.dataTransfer) {
            e.dataTransfer.effectAllowed = 'move';
            try { e.dataTransfer.setData('text/plain', item.getAttribute('data-drag-item') || ''); } catch (x) { /* some browsers refuse: the drag still works */ }
        }
    });
    ['dragenter', 'dragover'].forEach(function (type) {
        document.addEventListener(type, function (e) {
            var item = itemOf(e);
            if (item) {
                e.preventDefault();
                if (e.dataTransfer) { e.dataTransfer.dropEffect = 'move'; }
            }
            mark(item);
        });
    });
    document.addEventListener('drop', function (e) {
        // Keeps the browser from opening the dragged text as an address; the page's handler still runs.
        if (itemOf(e)) { e.preventDefault(); }
        mark(null);
    });
    document.addEventListener('dragend', function () { mark(null); });
})();
