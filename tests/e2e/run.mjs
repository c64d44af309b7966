// End-to-end tests of the real desktop app: tauri-driver + WebKitWebDriver, under Xvfb.
// Run by scripts/test.sh after `tauri build --debug --no-bundle`. Each test starts from a fresh,
// empty workspace (MARSAD_DATA_DIR points at a temporary folder).
import { spawn } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, existsSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir, homedir } from "node:os";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { remote } from "webdriverio";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const application = process.env.MARSAD_E2E_APP ?? join(root, "target/debug/marsad-desktop");
const seedPath = resolve(root, "../shared/corpus/seed/ar-nato-afghanistan.txt");
const driverBin = [join(homedir(), ".cargo/bin/tauri-driver"), "/usr/local/bin/tauri-driver"].find(existsSync) ?? "tauri-driver";

const results = { passed: 0, failed: 0, skipped: 0 };
const shots = join(root, "target/e2e-screenshots");
mkdirSync(shots, { recursive: true });

async function withApp(name, body) {
  // MARSAD_E2E_ONLY=text runs only the tests whose name contains it.
  if (process.env.MARSAD_E2E_ONLY && !name.includes(process.env.MARSAD_E2E_ONLY)) {
    results.skipped += 1;
    return;
  }
  const dataDir = mkdtempSync(join(tmpdir(), "marsad-e2e-"));
  const driver = spawn(driverBin, [], {
    env: { ...process.env, MARSAD_DATA_DIR: dataDir },
    stdio: ["ignore", "inherit", "inherit"],
  });
  await new Promise((r) => setTimeout(r, 1500));
  let browser;
  try {
    browser = await remote({
      hostname: "127.0.0.1",
      port: 4444,
      logLevel: "error",
      capabilities: {
        "wdio:enforceWebDriverClassic": true,
        browserName: "wry",
        "tauri:options": { application },
      },
    });
    await resetInterfaceState(browser);
    await body(browser, dataDir);
    console.log(`ok    ${name}`);
    results.passed += 1;
  } catch (error) {
    console.log(`FAIL  ${name}\n      ${error?.stack ?? error}`);
    const file = join(shots, `failed-${results.failed + 1}.png`);
    if (browser) await browser.saveScreenshot(file).then(() => console.log(`      screenshot: ${file}`)).catch(() => {});
    results.failed += 1;
  } finally {
    if (browser) await browser.deleteSession().catch(() => {});
    driver.kill();
    await new Promise((r) => setTimeout(r, 500));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The webview keeps localStorage (language, theme) in its own data folder between runs: start clean. */
async function resetInterfaceState(browser) {
  await browser.waitUntil(async () => (await browser.execute(() => document.readyState)) === "complete", { timeout: 20000 });
  await browser.execute(() => localStorage.clear());
  await browser.refresh();
  await browser.waitUntil(async () => (await browser.execute(() => document.readyState)) === "complete", { timeout: 20000 });
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

const byTestId = (browser, id) => browser.$(`[data-testid="${id}"]`);

/** Sets a React-controlled field's value the way typing would. */
async function fill(browser, id, value) {
  const el = await byTestId(browser, id);
  await el.waitForDisplayed({ timeout: 10000 });
  await browser.execute(
    (testId, text) => {
      const field = document.querySelector(`[data-testid="${testId}"]`);
      const proto = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
      Object.getOwnPropertyDescriptor(proto, "value").set.call(field, text);
      field.dispatchEvent(new Event("input", { bubbles: true }));
    },
    id,
    value,
  );
}

if (!existsSync(application)) {
  console.error(`the app is not built: ${application} (run: npx tauri build --debug --no-bundle)`);
  process.exit(2);
}

if (!existsSync(seedPath)) {
  console.log(`skipped: the seed article is not here (${seedPath})`);
  results.skipped += 1;
} else {
  const seed = readFileSync(seedPath, "utf8");
  await withApp("pasting the seed article imports it; the library lists it; the reader shows it right-to-left", async (browser) => {
    const firstRun = await byTestId(browser, "first-run");
    await firstRun.waitForDisplayed({ timeout: 20000 });
    await (await byTestId(browser, "paste-open")).click();
    await fill(browser, "paste-title", "روسيا تحذر من عودة الناتو إلى أفغانستان");
    await fill(browser, "paste-body", seed);
    await (await byTestId(browser, "paste-submit")).click();

    const row = await byTestId(browser, "article-row");
    await row.waitForDisplayed({ timeout: 20000 });
    const title = await (await byTestId(browser, "article-title")).getText();
    assert(title.includes("روسيا تحذر"), `library title is "${title}"`);

    await (await byTestId(browser, "article-title")).click();
    const paragraph = await byTestId(browser, "reader-paragraph");
    await paragraph.waitForDisplayed({ timeout: 20000 });
    const dir = await paragraph.getAttribute("dir");
    const direction = await browser.execute(
      () => getComputedStyle(document.querySelector('[data-testid="reader-paragraph"]')).direction,
    );
    assert(dir === "rtl" && direction === "rtl", `first paragraph dir=${dir}, computed direction=${direction}`);
    const body = await (await byTestId(browser, "reader-body")).getText();
    assert(body.includes("سيرغي لافروف"), "the reader does not show the article text");
    assert(body.includes("15 ألف مقاتل"), "the reader lost part of the text");
    await browser.saveScreenshot(join(shots, "reader-seed.png"));
  });
}

await withApp("the sample workspace opens from the first-run screen; the interface switches to Arabic and mirrors", async (browser) => {
  await (await byTestId(browser, "open-sample")).waitForDisplayed({ timeout: 20000 });
  await (await byTestId(browser, "open-sample")).click();
  await browser.waitUntil(async () => (await browser.$$('[data-testid="article-row"]')).length >= 5, {
    timeout: 30000,
    timeoutMsg: "the sample articles did not appear in the library",
  });
  const startDir = await browser.execute(() => document.documentElement.dir || "ltr");
  assert(startDir === "ltr", `the interface starts in English (dir=${startDir})`);
  await (await byTestId(browser, "lang-switch")).click();
  await browser.waitUntil(async () => (await browser.execute(() => document.documentElement.dir)) === "rtl", {
    timeout: 5000,
    timeoutMsg: "the document did not switch to rtl",
  });
  const lang = await browser.execute(() => document.documentElement.lang);
  assert(lang === "ar", `html lang is ${lang}`);
  await browser.saveScreenshot(join(shots, "library-ar.png"));
});


async function openSampleWorkspace(browser) {
  await (await byTestId(browser, "open-sample")).waitForDisplayed({ timeout: 20000 });
  await (await byTestId(browser, "open-sample")).click();
  await (await byTestId(browser, "nav-actors")).waitForDisplayed({ timeout: 30000 });
}

/** The actors list: back from an actor's page, or through the navigation rail. */
async function openActorsList(browser) {
  await browser.waitUntil(
    async () => {
      const back = await byTestId(browser, "actor-back");
      if (await back.isExisting()) await back.click();
      else await (await byTestId(browser, "nav-actors")).click();
      return (await byTestId(browser, "actors-search")).isDisplayed();
    },
    { timeout: 20000, interval: 1000, timeoutMsg: "the actors view did not open" },
  );
}

async function openTimelineOf(browser, name) {
  await openActorsList(browser);
  await fill(browser, "actors-search", name);
  await browser.waitUntil(
    async () => {
      const rows = await browser.$$('[data-testid="actor-row"]');
      return rows.length >= 1 && (await rows[0].getText()).toLowerCase().includes(name.toLowerCase());
    },
    { timeout: 15000, timeoutMsg: `no actor row for ${name}` },
  );
  await (await browser.$('[data-testid="actor-row"]')).click();
  await browser.waitUntil(async () => (await browser.$$('[data-testid="timeline-item"]')).length >= 1, {
    timeout: 15000,
    timeoutMsg: `the timeline of ${name} shows nothing`,
  });
}

const itemTexts = (browser) =>
  browser.execute(() => Array.from(document.querySelectorAll('[data-testid="timeline-item"]')).map((e) => e.textContent));

await withApp("Belousov's timeline shows the seed's statements and figures; clicking one opens the reader at that sentence", async (browser) => {
  await openSampleWorkspace(browser);
  await openTimelineOf(browser, "Belousov");
  const texts = await itemTexts(browser);
  for (const part of ["ما يزيد عن 15 ألف مقاتل", "أكثر من 20 جماعة", "هزيمة استراتيجية"]) {
    assert(texts.some((t) => t.includes(part)), `the timeline lacks "${part}"`);
  }
  await browser.waitUntil(
    async () => (await (await byTestId(browser, "timeline-axis")).getAttribute("data-status")) === "ready",
    { timeout: 20000, timeoutMsg: "the time axis did not render" },
  );
  await browser.saveScreenshot(join(shots, "timeline-belousov.png"));
  const index = texts.findIndex((t) => t.includes("هزيمة استراتيجية"));
  const buttons = await browser.$$('[data-testid="timeline-open"]');
  await buttons[index].click();
  const focus = await byTestId(browser, "reader-focus");
  await focus.waitForDisplayed({ timeout: 15000 });
  const focused = await focus.getText();
  assert(focused.includes("هزيمة"), `the reader focuses "${focused}"`);
  await browser.saveScreenshot(join(shots, "reader-focus.png"));
  await (await byTestId(browser, "nav-figures")).click();
  await browser.waitUntil(
    async () => (await (await byTestId(browser, "figures-chart")).getAttribute("data-status")) === "ready",
    { timeout: 20000, timeoutMsg: "the figures chart did not render" },
  );
  await browser.saveScreenshot(join(shots, "figures.png"));
});

/** The number of items the timeline says it holds ("Items: 11"); the list itself is virtualised. */
const itemCount = async (browser) => Number(((await (await byTestId(browser, "timeline-count")).getText()).match(/\d+/) ?? ["-1"])[0]);

await withApp("rejecting a statement removes it from the timeline and undo brings it back", async (browser) => {
  await openSampleWorkspace(browser);
  await openTimelineOf(browser, "Lavrov");
  const before = await itemCount(browser);
  assert(before >= 2, `Lavrov's timeline holds ${before} items`);
  const first = (await itemTexts(browser))[0];
  await (await browser.$('[data-testid="reject-item"]')).click();
  await browser.waitUntil(async () => (await itemCount(browser)) === before - 1, {
    timeout: 10000,
    timeoutMsg: "the rejected item is still on the timeline",
  });
  assert((await itemTexts(browser))[0] !== first, "the rejected item left the list");
  await (await byTestId(browser, "undo")).click();
  await browser.waitUntil(async () => (await itemCount(browser)) === before, {
    timeout: 10000,
    timeoutMsg: "undo did not bring the item back",
  });
  assert((await itemTexts(browser))[0] === first, "the item came back in its place");
});

await withApp("the reports view previews Lavrov's briefing, in English and then in Arabic right-to-left", async (browser) => {
  await openSampleWorkspace(browser);
  await browser.waitUntil(
    async () => {
      await (await byTestId(browser, "nav-reports")).click();
      return (await byTestId(browser, "report-form")).isDisplayed();
    },
    { timeout: 20000, interval: 1000, timeoutMsg: "the reports view did not open" },
  );
  await fill(browser, "report-actors-input", "Lavrov");
  const option = await browser.$('[role="option"]');
  await option.waitForDisplayed({ timeout: 15000 });
  await option.click();
  await browser.waitUntil(async () => (await browser.$$('[data-testid="preview-statement"]')).length >= 2, {
    timeout: 20000,
    timeoutMsg: "the preview does not show Lavrov's statements",
  });
  const preview = await byTestId(browser, "briefing-preview");
  assert((await preview.getAttribute("dir")) === "ltr", "an English report previews left-to-right");
  const text = await preview.getText();
  assert(text.includes("Sources") && text.includes("Sergei Lavrov"), "the preview lacks names or sources");
  await fill(browser, "report-judgements", "تحذّر موسكو من عودة الناتو إلى أفغانستان عبر دول الجوار.");
  await (await byTestId(browser, "report-language-ar")).click();
  await browser.waitUntil(async () => (await (await byTestId(browser, "briefing-preview")).getAttribute("dir")) === "rtl", {
    timeout: 15000,
    timeoutMsg: "an Arabic report does not preview right-to-left",
  });
  const arabic = await (await byTestId(browser, "briefing-preview")).getText();
  assert(arabic.includes("التقديرات الرئيسية") && arabic.includes("تحذّر موسكو"), "the Arabic preview lacks its headings or key judgements");
  const exportButton = await byTestId(browser, "report-export-pdf");
  assert(await exportButton.isEnabled(), "export is not offered for a scope with statements");
  await browser.saveScreenshot(join(shots, "reports-ar.png"));
});

await withApp("an actor's page merges with a preview of what moves, splits off an article, and undo takes both back", async (browser) => {
  await openSampleWorkspace(browser);
  const openDetails = async (name) => {
    await openActorsList(browser);
    await fill(browser, "actors-search", name);
    await browser.waitUntil(
      async () => {
        const rows = await browser.$$('[data-testid="actor-row"]');
        return rows.length === 1 && (await rows[0].getText()).includes(name);
      },
      { timeout: 15000, timeoutMsg: `no single actor row for ${name}` },
    );
    await (await byTestId(browser, "actor-details")).click();
    await (await byTestId(browser, "actor-page")).waitForDisplayed({ timeout: 15000 });
  };
  const pageName = async () => (await byTestId(browser, "actor-page-name")).getText();

  // Merge: the preview says what moves before anything changes.
  await openDetails("Russian security");
  await fill(browser, "actor-merge-picker-input", "الأجهزة الأمنية");
  const option = await browser.$('[data-testid="actor-option"]');
  await option.waitForDisplayed({ timeout: 15000 });
  await option.click();
  const preview = await byTestId(browser, "actor-merge-preview");
  await preview.waitForDisplayed({ timeout: 15000 });
  const previewText = await preview.getText();
  assert(/moves \d+ mentions, \d+ statements and \d+ figures/.test(previewText), `merge preview: ${previewText}`);
  await browser.saveScreenshot(join(shots, "actor-merge-preview.png"));
  await (await byTestId(browser, "actor-merge-confirm")).click();
  await browser.waitUntil(async () => (await pageName()).includes("الأجهزة الأمنية الروسية"), {
    timeout: 15000,
    timeoutMsg: "the page did not move to the actor merged into",
  });
  const aliases = await (await byTestId(browser, "actor-aliases")).getText();
  assert(aliases.includes("Russian security"), `the merged name is not among its names: ${aliases}`);
  await (await byTestId(browser, "actor-undo")).click();
  await browser.waitUntil(async () => !(await (await byTestId(browser, "actor-aliases")).getText()).includes("Russian security"), {
    timeout: 15000,
    timeoutMsg: "undo did not take the merge back",
  });

  // Split: one of Lavrov's articles moves to a new actor; undo brings it back.
  await openDetails("Lavrov");
  const before = await (await byTestId(browser, "actor-page-stats")).getText();
  await (await browser.$('[data-testid="actor-article-check"]')).click();
  await fill(browser, "actor-split-name", "Lavrov (split test)");
  const splitPreview = await (await byTestId(browser, "actor-split-preview")).getText();
  assert(splitPreview.includes("1 articles to"), `split preview: ${splitPreview}`);
  await (await byTestId(browser, "actor-split-confirm")).click();
  await browser.waitUntil(async () => (await pageName()) === "Lavrov (split test)", {
    timeout: 15000,
    timeoutMsg: "the page did not open the actor split off",
  });
  await (await byTestId(browser, "actor-undo")).click();
  await openDetails("Lavrov");
  const after = await (await byTestId(browser, "actor-page-stats")).getText();
  assert(after === before, `after undo Lavrov has "${after}", before the split "${before}"`);
});

await withApp("pasted hostile markup is shown as text and nothing in it runs", async (browser) => {
  const firstRun = await byTestId(browser, "first-run");
  await firstRun.waitForDisplayed({ timeout: 20000 });
  await (await byTestId(browser, "paste-open")).click();
  const hostile = [
    'Officials said 300 fighters crossed. <script>window.__marsadPwned = "script"</script>',
    '<img src="x" onerror="window.__marsadPwned = \'img\'"> <a href="javascript:window.__marsadPwned=\'link\'">reinforcements</a>',
    '<svg onload="window.__marsadPwned = \'svg\'"><script>window.__marsadPwned = "svg-script"</script></svg>',
    '<iframe srcdoc="<script>parent.__marsadPwned = \'frame\'</script>"></iframe> <style>body{display:none}</style>',
  ].join("\n");
  await fill(browser, "paste-title", "<b onmouseover=\"window.__marsadPwned='title'\">Hostile</b> page");
  await fill(browser, "paste-body", hostile);
  await (await byTestId(browser, "paste-submit")).click();
  const row = await byTestId(browser, "article-title");
  await row.waitForDisplayed({ timeout: 20000 });
  await row.click();
  const body = await byTestId(browser, "reader-body");
  await body.waitForDisplayed({ timeout: 20000 });
  await browser.pause(1500);
  const text = await body.getText();
  assert(text.includes("<script>window.__marsadPwned"), `the markup is not shown as text: ${text}`);
  const state = await browser.execute(() => ({
    pwned: window.__marsadPwned ?? null,
    injected: document.querySelectorAll('[data-testid="reader-body"] img, [data-testid="reader-body"] script, [data-testid="reader-body"] iframe, [data-testid="reader-body"] svg, [data-testid="reader-body"] a[href^="javascript"]').length,
    bodyShown: getComputedStyle(document.body).display !== "none",
  }));
  assert(state.pwned === null, `imported markup ran: ${state.pwned}`);
  assert(state.injected === 0, `${state.injected} elements from the article were created in the reader`);
  assert(state.bodyShown, "imported CSS applied to the app");
  await browser.saveScreenshot(join(shots, "reader-hostile.png"));
});

await withApp("a backup taken in the app restores over later work, and the app goes on with it", async (browser, dataDir) => {
  await openSampleWorkspace(browser);
  // The app's own commands, called as its UI calls them (the dialogs are native and cannot be
  // driven). The call and its result cross as JSON text: WebKitWebDriver took nothing else here.
  const invoke = async (cmd, args) =>
    JSON.parse(
      await browser.executeAsync((call, done) => {
        const { cmd, args } = JSON.parse(call);
        window.__TAURI_INTERNALS__.invoke(cmd, args).then(
          (data) => done(JSON.stringify({ ok: true, data })),
          (error) => done(JSON.stringify({ ok: false, error })),
        );
      }, JSON.stringify({ cmd, args })),
    );
  await browser.waitUntil(async () => (await invoke("workspace_info", {})).data?.article_count === 5, {
    timeout: 30000,
    timeoutMsg: "the sample workspace did not load",
  });
  const elsewhere = mkdtempSync(join(tmpdir(), "marsad-e2e-backup-"));
  const backup = join(elsewhere, "before-paste.sqlite");
  try {
    const written = await invoke("backup_workspace", { path: backup });
    assert(written.ok && existsSync(backup), `no backup written: ${JSON.stringify(written)}`);
    // The app refuses to write into its own data folder, or a path that is not absolute.
    for (const path of [join(dataDir, "copy.sqlite"), "copy.sqlite"]) {
      const refused = await invoke("backup_workspace", { path });
      assert(!refused.ok && refused.error.code === "invalid_input", `${path} was accepted: ${JSON.stringify(refused)}`);
    }
    const pasted = await invoke("import_text", { article: { title: "Later work", body: "Lavrov said the talks would resume in Kazan next week." } });
    assert(pasted.ok, `paste failed: ${JSON.stringify(pasted)}`);
    const before = await invoke("workspace_info", {});
    assert(before.data.article_count === 6, `expected 6 articles, got ${JSON.stringify(before)}`);
    const restored = await invoke("restore_workspace", { path: backup });
    assert(restored.ok && restored.data.article_count === 5, `restore: ${JSON.stringify(restored)}`);
    assert(existsSync(join(dataDir, "marsad.before-restore.sqlite")), "the replaced workspace was not kept");
    // A file that is not a backup is refused and the workspace stays usable.
    const junk = join(elsewhere, "junk.sqlite");
    writeFileSync(junk, "not a database");
    const refused = await invoke("restore_workspace", { path: junk });
    assert(!refused.ok && refused.error.message.includes("is not a Marsad workspace backup"), JSON.stringify(refused));
    const after = await invoke("workspace_info", {});
    assert(after.ok && after.data.article_count === 5, `after a refused restore: ${JSON.stringify(after)}`);
    await browser.refresh();
    await (await byTestId(browser, "nav-actors")).waitForDisplayed({ timeout: 30000 });
    const rail = await (await browser.$(".workspace-info")).getText();
    assert(rail.includes("5"), `the rail shows: ${rail}`);
    await browser.saveScreenshot(join(shots, "workspace-safety.png"));
  } finally {
    rmSync(elsewhere, { recursive: true, force: true });
  }
});

console.log(`\n${results.passed} passed, ${results.failed} failed, ${results.skipped} skipped`);
process.exit(results.failed > 0 ? 1 : 0);
