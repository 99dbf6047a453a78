// Counts the restoration deadlines on the dashboard down, once a minute. The page works without
// it: the server wrote the remaining time when it rendered the page. Time runs from the server's
// "now" (body data-now), so a visitor's wrong clock does not move a deadline.
(function () {
  var loaded = Date.now();
  var serverNow = Date.parse(document.body ? document.body.getAttribute("data-now") : "");
  function words(ms) {
    var overdue = ms < 0;
    var minutes = Math.floor(Math.abs(ms) / 60000);
    var d = Math.floor(minutes / 1440), h = Math.floor((minutes % 1440) / 60), m = minutes % 60;
    var text = d > 0 ? d + "d " + h + "h " + (m < 10 ? "0" : "") + m + "m"
      : h > 0 ? h + "h " + (m < 10 ? "0" : "") + m + "m" : m + "m";
    return overdue ? "overdue by " + text : text;
  }
  function tick() {
    var now = isNaN(serverNow) ? Date.now() : serverNow + (Date.now() - loaded);
    document.querySelectorAll("time.countdown").forEach(function (el) {
      var deadline = Date.parse(el.getAttribute("datetime"));
      if (!isNaN(deadline)) {
        el.textContent = words(deadline - now);
      }
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    tick();
    setInterval(tick, 60000);
  });
})();
