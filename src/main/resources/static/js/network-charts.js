// Draws each [data-chart] tile of the network pages. The data arrive as JSON in the attribute because the pages
// allow no inline script. One kind: grouped bars, a series per group (urban, town, rural) side by side, with the
// figure's unit on the axis; a value not known (null) leaves its bar out rather than drawing 0.
document.addEventListener("DOMContentLoaded", function () {
  if (!window.echarts) {
    return;
  }
  var colours = ["#2f6db5", "#e6a23c", "#2e7d5b"];
  document.querySelectorAll("[data-chart]").forEach(function (element) {
    var data = JSON.parse(element.getAttribute("data-chart"));
    var option = {
      animation: false,
      title: { text: data.title, left: "center", textStyle: { fontSize: 14 } },
      tooltip: { trigger: "axis" },
      legend: data.series.length > 1 ? { bottom: 0 } : undefined,
      grid: { left: 12, right: 24, top: 44, bottom: data.series.length > 1 ? 36 : 12, containLabel: true },
      xAxis: { type: "category", data: data.categories,
        axisLabel: { rotate: 30, interval: 0, fontSize: 10, width: 96, overflow: "truncate" } },
      yAxis: { type: "value", name: data.unit },
      series: data.series.map(function (s, i) {
        return { type: "bar", name: s.name, data: s.values, itemStyle: { color: colours[i % colours.length] } };
      })
    };
    var chart = window.echarts.init(element);
    chart.setOption(option);
    window.addEventListener("resize", function () { chart.resize(); });
  });
});
