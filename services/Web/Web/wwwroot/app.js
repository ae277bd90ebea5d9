// The few things pages do with script (each works, or is simply absent, without it).
document.addEventListener('click', function (e) {
    var target = e.target instanceof Element ? e.target.closest('[data-print]') : null;
    if (target) {
        e.preventDefault();
        window.print();
    }
});
