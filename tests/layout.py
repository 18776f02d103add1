"""What a projector at 1024×768 must never show: checks run in the browser on a rendered page."""

from __future__ import annotations

# Each check returns strings "what: text" for the offending elements.
LAYOUT_PROBLEMS_JS = r"""
() => {
  const problems = [];
  const text = (el) => (el.innerText || el.value || '').trim().replace(/\s+/g, ' ').slice(0, 60);
  // (A collapsed sidebar, a tablet's or phone's, keeps its content laid out in no width: not seen, not checked.)
  const visible = (el) => el.offsetParent !== null && el.clientWidth > 0 &&
                          !el.closest('[data-testid=stSidebar][data-collapsed=true]');
  // Metric values, button labels and other one-line texts end in an ellipsis when they do not fit ("333,…").
  for (const el of document.querySelectorAll('.stMarkdownEllipsis')) {
    if (visible(el) && el.scrollWidth > el.clientWidth + 1) {
      const what = el.closest('[data-testid=stMetric]') ? 'truncated metric: ' : 'truncated text: ';
      problems.push(what + text(el));
    }
  }
  // A select box too narrow for its value shows a letter or two ("s", "r").
  for (const el of document.querySelectorAll('input[role=combobox]')) {
    if (visible(el) && el.scrollWidth > el.clientWidth + 2) problems.push('select box cut: ' + text(el));
  }
  // A label broken inside a word ("Kerne l height"): some word's text spans more than one line box.
  const labels = document.querySelectorAll(
    '[data-testid=stWidgetLabel] p, [data-testid=stMetricLabel] p, [data-testid=stExpander] summary p, button p');
  for (const label of labels) {
    if (!visible(label)) continue;
    const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const match of node.textContent.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const tops = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
        if (tops.size > 1) problems.push('word broken across lines: ' + match[0] + ' in ' + text(label));
      }
    }
  }
  // Tables whose columns do not fit scroll sideways inside their frame: columns are cut off.
  for (const el of document.querySelectorAll('[data-testid=stDataFrame] .dvn-scroller')) {
    if (visible(el) && el.scrollWidth > el.clientWidth + 2)
      problems.push('table wider than its frame: ' + el.scrollWidth + ' > ' + el.clientWidth + ' px');
  }
  // A chart's tick labels lie outside every plot area of that chart, and its titles do not cover each other (two
  // confusion matrices side by side: B's row names over A's last column; subplot titles run into each other).
  const overlap = (a, b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 2 &&
                            Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 2;
  for (const plot of document.querySelectorAll('.js-plotly-plot')) {
    if (!visible(plot)) continue;
    const areas = [...plot.querySelectorAll('.nsewdrag')].map(el => el.getBoundingClientRect());
    for (const tick of plot.querySelectorAll('.xaxislayer-above text, .yaxislayer-above text')) {  // every axis
      const box = tick.getBoundingClientRect();
      if (box.width > 0 && areas.some(area => overlap(box, area)))
        problems.push('tick label over a plot: ' + tick.textContent.slice(0, 40));
    }
    const titles = [...plot.querySelectorAll('.annotation-text, .gtitle')]
      .map(el => [el, el.getBoundingClientRect()]).filter(([, box]) => box.width > 0);
    for (let i = 0; i < titles.length; i++)
      for (let j = i + 1; j < titles.length; j++)
        if (overlap(titles[i][1], titles[j][1]))
          problems.push('titles over each other: ' + titles[i][0].textContent.slice(0, 30) + ' / '
                        + titles[j][0].textContent.slice(0, 30));
  }
  // Nothing may push the page sideways.
  const main = document.querySelector('[data-testid=stMain]');
  if (main && main.scrollWidth > main.clientWidth + 2) problems.push('page scrolls sideways');
  const root = document.documentElement;  // nor the document itself (a phone would pan sideways)
  if (root.scrollWidth > window.innerWidth + 1)
    problems.push('document scrolls sideways: ' + root.scrollWidth + ' > ' + window.innerWidth + ' px');
  return [...new Set(problems)];
}
"""


def layout_problems(page) -> list[str]:
    return page.evaluate(LAYOUT_PROBLEMS_JS)


def full_height_screenshot(page, path: str) -> None:
    """The whole page at the current width (Streamlit scrolls inside its main element, so a full_page
    screenshot would stop at the viewport): grow the viewport to the content, shoot, restore."""
    size = page.viewport_size
    height = page.evaluate("() => document.querySelector('[data-testid=stMain]').scrollHeight")
    page.set_viewport_size({"width": size["width"], "height": min(max(height, size["height"]), 8000)})
    page.wait_for_timeout(500)
    page.screenshot(path=path)
    page.set_viewport_size(size)
