// Draws the world map of target markets. Shapes come from world-atlas (ids = ISO 3166-1 numeric codes);
// the counts from /api/partnerships/target-markets. The table on the page carries the same data.
document.addEventListener('DOMContentLoaded', async () => {
  const element = document.getElementById('target-markets-map');
  if (!element || !window.echarts || !window.topojson) {
    return;
  }
  const [world, markets] = await Promise.all([
    fetch(element.dataset.world).then(r => r.json()),
    fetch(element.dataset.markets).then(r => r.json())
  ]);
  const shapes = topojson.feature(world, world.objects.countries);
  shapes.features.forEach(f => { f.properties.name = String(f.id); });
  echarts.registerMap('world', shapes);
  const byCode = new Map(markets.filter(m => m.numericCode).map(m => [String(Number(m.numericCode)).padStart(3, '0'), m]));
  const chart = echarts.init(element);
  chart.setOption({
    tooltip: {
      trigger: 'item',
      formatter: p => {
        const m = byCode.get(p.name);
        return m ? `${m.name}: ${m.partnerships} partnership(s)<br>${m.acronyms.join(', ')}` : '';
      }
    },
    visualMap: {
      min: 1, max: Math.max(1, ...markets.map(m => m.partnerships)), left: 'left', bottom: 10,
      text: ['more', 'fewer'], calculable: true, inRange: { color: ['#c6dbef', '#08519c'] }
    },
    series: [{
      type: 'map', map: 'world', roam: true, emphasis: { label: { show: false } },
      data: [...byCode.entries()].map(([code, m]) => ({ name: code, value: m.partnerships }))
    }]
  });
  chart.on('click', p => {
    const m = byCode.get(p.name);
    if (m) { window.location.href = '/directory?targetMarket=' + encodeURIComponent(m.country); }
  });
  window.addEventListener('resize', () => chart.resize());
});
