// Browser tests of the Ketnap web UI: a real `ketnap serve` on a fresh demo database,
// Debian's chromium driven headless by playwright-core, each test walking a screen the
// way a committee officer would and asserting what they see. Screenshots of each main
// screen are saved to $KETNAP_ARTIFACTS (default <repo>/build/screenshots).
//
//   KETNAP_BIN=build/ketnap node web/tests/run.mjs
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startKetnap } from './server.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(HERE, '..', '..');
const BIN = resolve(process.env.KETNAP_BIN ?? join(REPO, 'build', 'ketnap'));
const WEB_DIST = resolve(process.env.KETNAP_WEB_DIST ?? join(REPO, 'web', 'dist'));
const ARTIFACTS = resolve(process.env.KETNAP_ARTIFACTS ?? join(REPO, 'build', 'screenshots'));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PASSWORD = 'ketnap-demo';
// Generous: CI machines build other things while the browser runs.
const WAIT = 30_000;

let server;
let browser;
const outsideRequests = [];

before(async () => {
  for (const [what, path] of [['ketnap binary (KETNAP_BIN)', BIN], ['built UI (make web)', join(WEB_DIST, 'index.html')], ['chromium', CHROMIUM]]) {
    if (!existsSync(path)) throw new Error(`missing ${what}: ${path}`);
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await startKetnap({ bin: BIN, webDist: WEB_DIST });
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

// ---- helpers ------------------------------------------------------------------------------

async function newPage({ width = 1366, height = 900 } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  context.setDefaultTimeout(WAIT);
  const page = await context.newPage();
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(server.url) && !url.startsWith('data:')) outsideRequests.push(url);
  });
  return page;
}

async function signIn(username, options) {
  const page = await newPage(options);
  await page.goto(`${server.url}/dang-nhap`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByTestId('current-user').waitFor();
  return page;
}

async function screenshot(page, name) {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true, animations: 'disabled' });
}

/** dd/mm/yyyy, as the UI shows dates. */
function vnDate(iso) {
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}

async function apiGet(page, path) {
  const response = await page.request.get(`${server.url}/api/v1${path}`);
  assert.equal(response.status(), 200, `GET ${path}`);
  return response.json();
}

/** How someone types a Vietnamese name on a keyboard without accents: "Hà Thị Thu Hiền" → "ha thi thu hien". */
function withoutAccents(text) {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

/**
 * Open dossiers of the signed-in user waiting for the admission decision: `onTime` ones
 * can still get it today, the others are past its deadline (P-12). Found through the API,
 * so the tests do not depend on which names the demo data happens to use.
 */
async function dossiersAwaitingDecision(page) {
  const list = await apiGet(page, '/dossiers?open=true&page_size=500');
  const awaiting = list.items.filter((d) => d.next?.step === 'quyet_dinh_ket_nap' && d.next.due);
  assert.ok(awaiting.length > 0, 'the demo has dossiers waiting for an admission decision');
  const { as_of: today } = await apiGet(page, `/dossiers/${awaiting[0].id}`);
  return {
    today,
    onTime: awaiting.filter((d) => d.next.earliest <= today && d.next.due >= today),
    late: awaiting.filter((d) => d.next.due < today),
  };
}

/** Finds the dossier on the list by typing the name without accents, and opens it. */
async function openDossierBySearch(page, dossier) {
  await page.goto(`${server.url}/ho-so`);
  await page.getByLabel('Tìm theo tên người vào Đảng').fill(withoutAccents(dossier.person_name));
  await page.waitForURL(/[?&]q=/); // the list now shows the search's answer, not the first page
  await page.locator('.ant-spin-spinning').waitFor({ state: 'detached' });
  await page.locator(`a[href="/ho-so/${dossier.id}"]`).click();
  await page.getByRole('heading', { level: 1, name: `Hồ sơ: ${dossier.person_name}` }).waitFor();
}

/** The date the server judges "today" by, read from the dossier page. */
async function dossierAsOf(page) {
  const title = await page.getByText(/Việc tiếp theo \(tính đến/).textContent();
  return /(\d\d\/\d\d\/\d{4})/.exec(title)[1];
}

async function typeDate(page, label, date, { exact = true } = {}) {
  const input = page.getByLabel(label, { exact });
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

const nextSteps = (page) => page.locator('.next-steps');

/**
 * Waits until `check()` returns true, polled from here: the page's Content-Security-Policy
 * forbids the eval that page.waitForFunction needs. `describe()` says what was seen instead.
 */
async function until(check, describe) {
  const deadline = Date.now() + WAIT;
  while (!(await check())) {
    if (Date.now() > deadline) assert.fail(await describe());
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits until `locator` matches exactly `count` elements. */
async function untilCount(locator, count) {
  await until(async () => (await locator.count()) === count, async () => `expected ${count} elements, saw ${await locator.count()}`);
}

/** Chooses a step in the record form by its label (the form may already propose it). */
async function chooseStep(page, label) {
  await chooseOption(page, 'Bước cần ghi', label);
}

/** Records one step through the form and waits until the timeline shows it. */
async function recordStep(page, label, date, fill = async () => {}) {
  const recorded = await page.locator('.step-timeline .timeline-step').count();
  await chooseStep(page, label);
  await typeDate(page, 'Ngày thực hiện', date);
  await fill();
  await page.getByRole('button', { name: 'Ghi bước' }).click();
  await untilCount(page.locator('.step-timeline .timeline-step'), recorded + 1);
  assert.equal(await page.locator('.refusal').count(), 0, `${label} was recorded without a refusal`);
}

async function fillVotes(page, { yes, no = 0, members }) {
  await page.getByLabel('Số tán thành').fill(String(yes));
  await page.getByLabel('Số không tán thành').fill(String(no));
  if (members !== undefined) await page.getByLabel('Mẫu số', { exact: false }).fill(String(members));
}

/** Opens the select labelled `label` (its shown value would take the click) and picks `option`. */
async function chooseOption(page, label, option) {
  await page.locator('.ant-form-item', { has: page.getByLabel(label, { exact: true }) }).locator('.ant-select-selector').click();
  await page.locator('.ant-select-item-option:visible').filter({ hasText: new RegExp(`^${option}$`) }).click();
}

// ---- tests --------------------------------------------------------------------------------

test('a signed-out visitor is sent to the login page, a wrong password is refused, then the user signs in', async () => {
  const page = await newPage();
  await page.goto(`${server.url}/viec-can-lam`);
  await page.waitForURL(/\/dang-nhap\?tiep=/);
  await page.getByLabel('Tên đăng nhập').fill('baotang');
  await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  // The refusal itself, not the "please sign in" notice that is also an alert: until it
  // arrives the button is busy and a second click would be ignored.
  await page.getByRole('alert').filter({ hasText: 'Tên đăng nhập hoặc mật khẩu không đúng' }).waitFor();
  await screenshot(page, '01-dang-nhap');
  assert.match(page.url(), /\/dang-nhap/);

  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { level: 1, name: 'Việc cần làm' }).waitFor();
  assert.match(await page.getByTestId('current-user').textContent(), /Cán bộ Chi bộ Bảo tàng – Thư viện tỉnh/);

  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await page.waitForURL(/\/dang-nhap/);
  await page.goto(`${server.url}/nhan-su`);
  await page.waitForURL(/\/dang-nhap\?tiep=%2Fnhan-su/);

  // With the keyboard alone: the name field has the focus, Tab moves on, Enter signs in,
  // and the visitor lands where they were going.
  await page.getByLabel('Tên đăng nhập').waitFor();
  await page.keyboard.type('baotang');
  await page.keyboard.press('Tab');
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Nhân sự' }).waitFor();
  await page.context().close();
});

test('typing "nguyen van hieu" without accents finds Nguyễn Văn Hiếu and opens his page', async () => {
  const page = await signIn('baotang');
  await page.goto(`${server.url}/nhan-su`);
  await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
  await page.getByLabel('Tìm theo tên hoặc số CCCD').fill('nguyen van hieu');
  // The unfiltered first page may hold him too: wait until every row is him.
  const names = () => page.locator('.ant-table-tbody tr.ant-table-row td:first-child').allTextContents();
  await until(
    async () => {
      const shown = await names();
      return shown.length > 0 && shown.every((name) => name === 'Nguyễn Văn Hiếu');
    },
    async () => `rows: ${(await names()).join(', ')}`,
  );
  await screenshot(page, '02-nhan-su-tim-kiem');
  const link = page.getByRole('link', { name: 'Nguyễn Văn Hiếu', exact: true });
  await link.first().click();
  await page.getByRole('heading', { level: 1, name: 'Nguyễn Văn Hiếu' }).waitFor();
  await page.getByText('Đảng tịch').waitFor();
  await screenshot(page, '03-nhan-su-chi-tiet');
  await page.context().close();
});

test('a person clicked while the search is still settling opens, even when the page loads slowly', async () => {
  const page = await signIn('baotang');
  await page.goto(`${server.url}/nhan-su`);
  const first = page.locator('.ant-table-tbody a[href^="/nhan-su/"]').first();
  await first.waitFor();
  const [name, href] = [await first.textContent(), await first.getAttribute('href')];
  // A slow network: the person page's code arrives a second after it is asked for.
  await page.route('**/assets/PersonPage-*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await route.continue();
  });
  await page.getByLabel('Tìm theo tên hoặc số CCCD').fill(withoutAccents(name));
  await first.click(); // within the search's 300 ms pause
  await page.getByRole('heading', { level: 1, name }).waitFor();
  await page.waitForTimeout(500); // a late search would have pulled the user back by now
  assert.equal(new URL(page.url()).pathname, href);
  await page.context().close();
});

/** The two dossiers tests 3 and 4 bring to the ceremony, for the batch test. */
const decided = [];

test('recording the admission decision shows the next step with its new due date', async () => {
  const page = await signIn('nghialo');
  const { onTime } = await dossiersAwaitingDecision(page);
  assert.ok(onTime.length > 0, 'a dossier can get its admission decision today');
  const dossier = onTime[0];
  decided.push(dossier);
  await openDossierBySearch(page, dossier);
  await nextSteps(page).getByText('Quyết định kết nạp đảng viên').waitFor();
  await nextSteps(page).getByText(vnDate(dossier.next.due)).waitFor();
  await screenshot(page, '04-ho-so');

  const today = await dossierAsOf(page);
  await typeDate(page, 'Ngày thực hiện', today);
  await page.getByLabel('Số quyết định').fill('112-QĐ/TU');
  await page.getByRole('button', { name: 'Ghi bước' }).click();

  await nextSteps(page).getByText('Lễ kết nạp đảng viên').waitFor();
  const after = await apiGet(page, `/dossiers/${dossier.id}`);
  const ceremony = after.verdict.next.find((step) => step.step === 'le_ket_nap');
  assert.ok(ceremony?.due, 'the server gives the ceremony a due date');
  await nextSteps(page).getByText(vnDate(ceremony.due)).waitFor();
  await page.locator('.step-timeline').getByText('Số: 112-QĐ/TU').waitFor();
  await screenshot(page, '05-ho-so-da-ghi-buoc');
  await page.context().close();
});

test('a late decision is refused with rule P-12, keeps what was typed, and is recorded with a written override', async () => {
  const page = await signIn('nghialo');
  const { late } = await dossiersAwaitingDecision(page);
  assert.ok(late.length > 0, 'a dossier is past the deadline of its admission decision');
  decided.push(late[0]);
  await page.goto(`${server.url}/ho-so/${late[0].id}`);
  await page.getByRole('heading', { level: 1, name: `Hồ sơ: ${late[0].person_name}` }).waitFor();
  await page.getByText('Đã quá hạn').waitFor();
  const today = await dossierAsOf(page);
  await typeDate(page, 'Ngày thực hiện', today);
  await page.getByLabel('Số quyết định').fill('113-QĐ/TU');
  await page.getByRole('button', { name: 'Ghi bước' }).click();

  const refusal = page.locator('.refusal');
  await refusal.waitFor();
  assert.match(await refusal.textContent(), /P-12/);
  assert.match(await refusal.textContent(), /Quá hạn/);
  assert.equal(await page.getByLabel('Số quyết định').inputValue(), '113-QĐ/TU', 'the typed number is kept');
  await screenshot(page, '06-ho-so-bi-tu-choi');

  await page.getByText('Vượt quy định có lý do bằng văn bản', { exact: false }).click();
  await page.getByRole('checkbox', { name: 'P-12', exact: true }).check();
  await page.getByLabel('Lý do (số, ngày văn bản cho phép)').fill('Ban Thường vụ đồng ý bằng văn bản số 45-CV/TU');
  await page.getByRole('button', { name: 'Ghi bước' }).click();
  await page.locator('.step-timeline').getByText(/Vượt quy định P-12: Ban Thường vụ đồng ý/).waitFor();
  await nextSteps(page).getByText('Lễ kết nạp đảng viên').waitFor();
  await page.context().close();
});

test('the worklist shows overdue work in red first and filters to it', async () => {
  const page = await signIn('nghialo');
  await page.goto(`${server.url}/viec-can-lam`);
  await page.locator('.worklist .ant-table-tbody tr.ant-table-row').first().waitFor();
  const expected = await apiGet(page, '/worklist');
  const overdue = expected.items.filter((item) => item.overdue).length;
  assert.ok(overdue > 0, 'the demo has overdue work in Nghĩa Lộ');
  await screenshot(page, '07-viec-can-lam');

  await page.getByText(`Quá hạn (${overdue})`).click();
  const rows = page.locator('.worklist .ant-table-tbody tr.ant-table-row');
  await untilCount(rows, overdue);
  const classes = await rows.evaluateAll((trs) => trs.map((tr) => tr.className));
  assert.ok(classes.every((name) => name.includes('row-overdue')), 'every shown row is marked overdue');
  await page.context().close();
});

test('the dashboard draws the funnel, admissions by month and the overdue count', async () => {
  const page = await signIn('khoiqn');
  await page.locator('.chart-funnel .chart svg').waitFor();
  await page.locator('.chart-admissions .chart svg').waitFor();
  await page.locator('.chart-stages .chart svg').waitFor();
  const work = await apiGet(page, '/worklist');
  const overdue = work.items.filter((item) => item.overdue).length;
  const figure = page.getByTestId('figure-Quá hạn');
  await figure.locator('.ant-statistic-content').getByText(String(overdue), { exact: true }).waitFor();
  assert.equal((await figure.locator('.ant-statistic-content').textContent()).trim(), String(overdue));
  assert.match(await page.locator('.chart-funnel').textContent(), /Phễu phát triển/);
  await screenshot(page, '08-tong-quan');
  await page.context().close();
});

test('the pipeline board lists candidates by stage with counts', async () => {
  const page = await signIn('nghialo');
  await page.goto(`${server.url}/tien-do`);
  const column = page.locator('.board-column', { hasText: 'Đảng ủy cơ sở xét, đề nghị kết nạp' });
  await column.waitFor();
  const stats = await apiGet(page, '/stats/pipeline');
  const count = stats.stages.find((s) => s.stage === 'dang_uy_co_so_de_nghi').count;
  assert.equal((await column.locator('.ant-card-extra').textContent()).trim(), String(count));
  await screenshot(page, '09-tien-do');
  await page.context().close();
});

test('a batch records one ceremony for two candidates at once', async () => {
  const page = await signIn('nghialo');
  await page.goto(`${server.url}/ghi-theo-dot?step=le_ket_nap`);
  assert.equal(decided.length, 2, 'tests 3 and 4 recorded two decisions');
  for (const dossier of decided) {
    await page.locator('tr', { has: page.locator(`a[href="/ho-so/${dossier.id}"]`) }).getByRole('checkbox').check();
  }
  const today = vnDate((await apiGet(page, `/dossiers/${decided[0].id}`)).as_of);
  await typeDate(page, 'Ngày thực hiện', today);
  await page.getByRole('button', { name: 'Ghi cho 2 hồ sơ' }).click();
  await page.getByText(/đã ghi 2 hồ sơ/).waitFor();
  await screenshot(page, '10-ghi-theo-dot');
  for (const { id } of decided) assert.equal((await apiGet(page, `/dossiers/${id}`)).stage, 'le_ket_nap');
  await page.context().close();
});

test('a user of one chi bộ sees nothing of another', async () => {
  const hoaHue = 'Chi bộ Trường Mầm non Hoa Huệ';
  const officer = await signIn('nghialo'); // Nghĩa Lộ holds Hoa Huệ and other chi bộ
  const elsewhere = (await apiGet(officer, '/dossiers?page_size=500')).items.find((d) => d.org_name !== hoaHue);
  await officer.context().close();
  assert.ok(elsewhere, 'Nghĩa Lộ has a dossier outside Hoa Huệ');
  const page = await signIn('hoahue');
  await page.goto(`${server.url}/ho-so?open=all`);
  await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
  const orgs = await page.locator('.ant-table-tbody tr.ant-table-row td:nth-child(2)').allTextContents();
  assert.ok(orgs.length > 0 && orgs.every((org) => org === hoaHue), `chi bộ shown: ${orgs.join(', ')}`);

  await page.goto(`${server.url}/nhan-su`);
  await page.getByLabel('Tìm theo tên hoặc số CCCD').fill('nguyen van hieu');
  await page.getByText('Không có ai khớp với “nguyen van hieu”').waitFor();

  await page.goto(`${server.url}/ho-so/${elsewhere.id}`);
  await page.getByText('Không tìm thấy hoặc không thuộc phạm vi của bạn').waitFor();
  assert.equal(await page.getByText(elsewhere.person_name).count(), 0);
  await page.context().close();
});

test('when the session expires, signing in again keeps what was typed and the save goes through', async () => {
  const page = await signIn('baotang');
  await page.goto(`${server.url}/nhan-su/moi`);
  await page.getByRole('button', { name: 'Thêm người' }).click();
  await page.getByText('Vui lòng nhập họ và tên').waitFor(); // Vietnamese checks before anything is sent
  await page.getByLabel('Họ và tên').fill('Trần Thị Mai');
  await page.getByText('Nữ', { exact: true }).click();
  await typeDate(page, 'Ngày sinh (dd/mm/yyyy)', '01/02/1995');
  await page.getByLabel('Số căn cước công dân').fill('080195000123');
  await page.getByLabel('Tổ chức đảng (nơi sinh hoạt, công tác)').click();
  await page.locator('.ant-select-item-option', { hasText: 'Chi bộ Bảo tàng – Thư viện tỉnh' }).first().click();
  await screenshot(page, '12-nhan-su-them-moi');

  await page.context().clearCookies(); // the session is gone, as after 8 hours
  await page.getByRole('button', { name: 'Thêm người' }).click();
  const dialog = page.getByRole('dialog', { name: 'Phiên đăng nhập đã hết hạn' });
  await dialog.waitFor();
  await dialog.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập lại' }).click();
  await dialog.waitFor({ state: 'hidden' });
  assert.equal(await page.getByLabel('Họ và tên').inputValue(), 'Trần Thị Mai');
  assert.equal(await page.getByLabel('Số căn cước công dân').inputValue(), '080195000123');

  await page.getByRole('button', { name: 'Thêm người' }).click();
  await page.getByRole('heading', { level: 1, name: 'Trần Thị Mai' }).waitFor();
  await page.getByText('01/02/1995').waitFor();
  await page.context().close();
});

test('a new candidate gets a dossier and its first step from the browser', async () => {
  const page = await signIn('baotang');
  await page.goto(`${server.url}/nhan-su`);
  await page.getByLabel('Tìm theo tên hoặc số CCCD').fill('tran thi mai');
  await page.waitForURL(/[?&]q=/); // the list now shows the search's answer, not the first page
  await page.getByRole('link', { name: 'Trần Thị Mai', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Trần Thị Mai' }).waitFor();
  await page.getByRole('button', { name: 'Lập hồ sơ' }).click();
  await page.getByRole('heading', { level: 1, name: 'Hồ sơ: Trần Thị Mai' }).waitFor();
  await page.getByText('Chưa ghi bước nào.').waitFor();

  await page.getByLabel('Trình độ giáo dục phổ thông (E-3)').click();
  await page.locator('.ant-select-item-option', { hasText: 'Tốt nghiệp trung học phổ thông' }).click();
  await page.getByRole('button', { name: 'Lưu thông tin' }).click();
  await page.getByText('Đã lưu thông tin người vào Đảng').waitFor();

  // The form proposes "Tạo nguồn" for a new dossier.
  assert.match(await page.locator('.record-step-form .ant-select-selection-item').first().textContent(), /Tạo nguồn/);
  const hardship = page.getByLabel('Vùng khó khăn, miền núi, biên giới, hải đảo, dân tộc thiểu số');
  await hardship.check(); // typed into the profile, not saved yet
  await typeDate(page, 'Ngày thực hiện', await dossierAsOf(page));
  await page.getByLabel('Số nghị quyết, văn bản').fill('05-BB/CB');
  await page.getByRole('button', { name: 'Ghi bước' }).click();
  await page.locator('.step-timeline').getByText('Số: 05-BB/CB').waitFor();
  assert.ok(await hardship.isChecked(), 'recording a step keeps what was typed in the profile');
  await hardship.uncheck();
  assert.match(await page.locator('.record-step-form .ant-select-selection-item').first().textContent(), /Vào danh sách cảm tình Đảng/);
  const dossier = await apiGet(page, `/dossiers/${new URL(page.url()).pathname.split('/').pop()}`);
  assert.equal(dossier.stage, 'nguon');
  assert.equal(dossier.profile.education, 'thpt');

  // A step out of order is refused by a rule nobody may override: no override is offered.
  await chooseStep(page, 'Viết đơn xin vào Đảng');
  await typeDate(page, 'Ngày thực hiện', await dossierAsOf(page));
  await page.getByRole('button', { name: 'Ghi bước' }).click();
  const refusal = page.locator('.refusal');
  await refusal.waitFor();
  assert.match(await refusal.textContent(), /Chưa có bước "Học lớp bồi dưỡng nhận thức về Đảng"/);
  assert.match(await refusal.textContent(), /P-5/);
  await page.getByText('Các quy định này không được phép vượt').waitFor();
  assert.equal(await page.getByText('Vượt quy định có lý do bằng văn bản').count(), 0);
  assert.equal((await apiGet(page, `/dossiers/${dossier.id}`)).steps.length, 1, 'nothing was recorded');
  await page.context().close();
});

test('a whole journey from nguồn to đảng viên chính thức is done in the browser', async () => {
  const page = await signIn('baotang');
  const chiBo = 'Chi bộ Bảo tàng – Thư viện tỉnh';
  await page.goto(`${server.url}/nhan-su/moi`);
  await page.getByLabel('Họ và tên').fill('Lê Thị Hồng Nhung');
  await page.getByText('Nữ', { exact: true }).click();
  await typeDate(page, 'Ngày sinh (dd/mm/yyyy)', '10/05/1995');
  await page.getByLabel('Số căn cước công dân').fill('080195004321');
  await page.getByLabel('Tổ chức đảng (nơi sinh hoạt, công tác)').click();
  await page.locator('.ant-select-item-option', { hasText: chiBo }).first().click();
  await page.getByRole('button', { name: 'Thêm người' }).click();
  await page.getByRole('heading', { level: 1, name: 'Lê Thị Hồng Nhung' }).waitFor();
  const personUrl = page.url();

  await page.getByRole('button', { name: 'Lập hồ sơ' }).click();
  await page.getByRole('heading', { level: 1, name: 'Hồ sơ: Lê Thị Hồng Nhung' }).waitFor();
  await page.getByLabel('Trình độ giáo dục phổ thông (E-3)').click();
  await page.locator('.ant-select-item-option', { hasText: 'Tốt nghiệp trung học phổ thông' }).click();
  await page.getByRole('button', { name: 'Lưu thông tin' }).click();
  await page.getByText('Đã lưu thông tin người vào Đảng').waitFor();
  const dossierId = new URL(page.url()).pathname.split('/').pop();
  const { org_id: chiBoId } = await apiGet(page, `/dossiers/${dossierId}`);
  const officialOn = async (day) => (await apiGet(page, `/orgs/${chiBoId}?as_of=${day}`)).counts.official;

  // The dates of the API journey (tests/api/test_dossiers.py), each step typed into the form.
  const number = (label = 'Số nghị quyết, văn bản', value) => () => page.getByLabel(label).fill(value);
  await recordStep(page, 'Tạo nguồn', '08/01/2024', number(undefined, '01-NQ/CB'));
  await recordStep(page, 'Vào danh sách cảm tình Đảng', '15/01/2024', number(undefined, '02-NQ/CB'));
  await recordStep(page, 'Phân công đảng viên giúp đỡ', '15/01/2024', async () => {
    const helpers = page.getByLabel('Đảng viên chính thức được phân công giúp đỡ');
    await helpers.fill('Trần Trung Nghĩa');
    await helpers.press('Enter');
  });
  await recordStep(page, 'Học lớp bồi dưỡng nhận thức về Đảng', '22/03/2024', async () => {
    await page.getByLabel('Số giấy chứng nhận').fill('CN-118');
    await page.getByLabel('Nơi cấp').fill('Trung tâm Chính trị thành phố Tân An');
    await page.getByLabel('Điểm bài thu hoạch (thang 10)').fill('8,5');
  });
  await recordStep(page, 'Viết đơn xin vào Đảng', '01/04/2024');
  await recordStep(page, 'Khai lý lịch người xin vào Đảng', '05/04/2024');
  await recordStep(page, 'Thẩm tra lý lịch', '20/05/2024');
  await recordStep(page, 'Giới thiệu người vào Đảng', '27/05/2024', async () => {
    for (const [row, [name, months]] of [['Trần Trung Nghĩa', 30], ['Azid Giàu', 24]].entries()) {
      await page.getByLabel('Họ tên hoặc tổ chức').nth(row).fill(name);
      await page.getByLabel('Số tháng cùng công tác').nth(row).fill(String(months));
    }
  });
  await recordStep(page, 'Lấy ý kiến nhận xét của đoàn thể và nơi cư trú', '30/05/2024');

  // E-7: someone who once quit party activities may never be re-admitted; the profile says so.
  await page.getByText('Từng là đảng viên (xét kết nạp lại)').click();
  await typeDate(page, 'Ngày ra khỏi Đảng', '01/03/2015');
  await chooseOption(page, 'Lý do ra khỏi Đảng', 'Tự bỏ sinh hoạt đảng');
  await page.getByRole('button', { name: 'Lưu thông tin' }).click();
  await page.getByText('Đã lưu thông tin người vào Đảng').waitFor();
  assert.deepEqual((await apiGet(page, `/dossiers/${dossierId}`)).profile.previous_membership, {
    left_on: '2015-03-01',
    reason: 'tu_bo_sinh_hoat',
    readmitted_before: false,
    expunged_on: null,
  });
  await chooseStep(page, 'Chi bộ họp xét, đề nghị kết nạp');
  await typeDate(page, 'Ngày thực hiện', '10/06/2024');
  await fillVotes(page, { yes: await officialOn('2024-06-10') });
  await page.getByRole('button', { name: 'Ghi bước' }).click();
  await page.locator('.refusal').getByText(/không được xem xét kết nạp lại/).waitFor();
  assert.match(await page.locator('.refusal').textContent(), /E-7/);
  // It was a mistake: she never was a member. Untick, save, and the meeting goes through.
  await page.getByText('Từng là đảng viên (xét kết nạp lại)').click();
  const saved = page.waitForResponse((response) => response.request().method() === 'PATCH' && response.url().endsWith(`/dossiers/${dossierId}`));
  await page.getByRole('button', { name: 'Lưu thông tin' }).click();
  assert.equal((await saved).status(), 200);
  assert.equal((await apiGet(page, `/dossiers/${dossierId}`)).profile.previous_membership, null);

  await recordStep(page, 'Chi bộ họp xét, đề nghị kết nạp', '10/06/2024', async () => {
    await page.getByLabel('Số nghị quyết, văn bản').fill('15-NQ/CB');
    await fillVotes(page, { yes: await officialOn('2024-06-10') });
  });
  // P-12: the decision within 60 working days of the meeting, shown before it is taken.
  await nextSteps(page).getByText('04/09/2024').waitFor();
  await recordStep(page, 'Đảng ủy cơ sở xét, đề nghị kết nạp', '20/06/2024', async () => {
    await page.getByLabel('Số nghị quyết, văn bản').fill('45-NQ/ĐU');
    await fillVotes(page, { yes: 7, members: 9 });
  });
  await recordStep(page, 'Quyết định kết nạp đảng viên', '15/07/2024', async () => {
    await page.getByLabel('Số quyết định').fill('1203-QĐ/ĐU');
    await chooseOption(page, 'Cấp quyết định', 'Ban thường vụ cấp ủy cấp trên');
    await typeDate(page, 'Ngày chi bộ nhận quyết định', '17/07/2024', { exact: false });
  });
  await nextSteps(page).getByText('28/08/2024').waitFor(); // P-13: the ceremony within 30 working days
  await recordStep(page, 'Lễ kết nạp đảng viên', '05/08/2024');
  await recordStep(page, 'Học lớp bồi dưỡng đảng viên mới', '15/10/2024', number('Số giấy chứng nhận', 'CN-ĐVM-77'));
  await recordStep(page, 'Chi bộ xét công nhận đảng viên chính thức', '12/08/2025', async () => {
    await page.getByLabel('Số nghị quyết, văn bản').fill('31-NQ/CB');
    await fillVotes(page, { yes: await officialOn('2025-08-12') });
  });
  await recordStep(page, 'Đảng ủy cơ sở xét công nhận đảng viên chính thức', '20/08/2025', () =>
    fillVotes(page, { yes: 8, no: 1, members: 9 }),
  );
  await recordStep(page, 'Quyết định công nhận đảng viên chính thức', '05/09/2025', async () => {
    await page.getByLabel('Số quyết định').fill('2210-QĐ/ĐU');
    await chooseOption(page, 'Cấp quyết định', 'Ban thường vụ cấp ủy cấp trên');
  });
  await page.locator('.step-timeline').getByText('Số: 2210-QĐ/ĐU').waitFor();
  await nextSteps(page).getByText('Hồ sơ đã đóng, không còn bước nào phải làm').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Ghi bước' }).count(), 0, 'a closed dossier takes no more steps');
  await screenshot(page, '16-ho-so-chinh-thuc');

  const dossier = await apiGet(page, `/dossiers/${dossierId}`);
  assert.equal(dossier.stage, 'quyet_dinh_chinh_thuc');
  assert.equal(dossier.open, false);
  assert.deepEqual(dossier.verdict.problems, []);

  // The person is now an official member from the day probation ended.
  await page.goto(personUrl);
  const membership = page.locator('.ant-card', { hasText: 'Đảng tịch' });
  await membership.getByText('Đảng viên chính thức').waitFor();
  await membership.getByText('05/08/2025').first().waitFor();
  await page.context().close();
});

test('an officer states what the rules need of the chi bộ, a value out of range is refused under its field', async () => {
  const page = await signIn('hoahue');
  const { user } = await apiGet(page, '/session');
  await page.goto(`${server.url}/to-chuc/${user.org_id}`);
  await page.getByRole('tab', { name: 'Thông tin dùng để xét' }).click();
  const table = page.locator('.org-profile');
  await table.getByText('Độ tuổi thanh niên đến (R-2)').waitFor();
  assert.match(await table.textContent(), /30 tuổi/, 'the rule set\'s default youth age');

  await page.getByRole('button', { name: 'Sửa thông tin dùng để xét' }).click();
  // Not by its exact name: after a refused save antd may leave its (invisible) spinner in
  // the button, whose name then reads "loading Lưu".
  const save = page.getByRole('form', { name: 'Thông tin tổ chức dùng để xét' }).getByRole('button', { name: 'Lưu' });
  await chooseOption(page, 'Có tổ chức Công đoàn (R-2)', 'Có');
  await page.getByLabel('Độ tuổi thanh niên đến (R-2)').fill('40');
  await save.click();
  const ageItem = page.locator('.ant-form-item', { has: page.getByLabel('Độ tuổi thanh niên đến (R-2)') });
  await ageItem.getByText(/từ 18 đến 35/).waitFor();
  assert.equal((await apiGet(page, `/orgs/${user.org_id}/profile`)).own.has_trade_union, null, 'nothing was saved');

  await page.getByLabel('Độ tuổi thanh niên đến (R-2)').fill('32');
  await save.click();
  await table.waitFor();
  const row = table.locator('tr', { hasText: 'Có tổ chức Công đoàn (R-2)' });
  assert.equal((await row.locator('td').textContent()).trim(), 'Có tổ chức này xác định');
  assert.match(await table.locator('tr', { hasText: 'Độ tuổi thanh niên đến' }).textContent(), /32 tuổi/);
  const { own } = await apiGet(page, `/orgs/${user.org_id}/profile`);
  assert.equal(own.has_trade_union, true);
  assert.deepEqual(own.settings, { youth_age_max: 32 });
  await screenshot(page, '19-to-chuc-thong-tin-xet');
  await page.context().close();
});

test('a CCCD already on file is refused next to the CCCD field', async () => {
  const page = await signIn('baotang');
  const { items } = await apiGet(page, '/people?q=nguyen%20van%20hieu');
  const hieu = items[0];
  await page.goto(`${server.url}/nhan-su/moi`);
  await page.getByLabel('Họ và tên').fill('Nguyễn Văn Trùng');
  if (hieu.gender === 'nu') await page.getByText('Nữ', { exact: true }).click();
  await typeDate(page, 'Ngày sinh (dd/mm/yyyy)', vnDate(hieu.birth_date));
  await page.getByLabel('Số căn cước công dân').fill(hieu.cccd);
  await page.getByLabel('Tổ chức đảng (nơi sinh hoạt, công tác)').click();
  await page.locator('.ant-select-item-option').first().click();
  await page.getByRole('button', { name: 'Thêm người' }).click();
  const cccdItem = page.locator('.ant-form-item', { has: page.getByLabel('Số căn cước công dân') });
  await cccdItem.locator('.ant-form-item-explain-error').waitFor();
  assert.ok((await cccdItem.locator('.ant-form-item-explain-error').textContent()).length > 0);
  assert.equal(await page.getByLabel('Họ và tên').inputValue(), 'Nguyễn Văn Trùng', 'what was typed stays');
  await screenshot(page, '13-nhan-su-loi-cccd');
  await page.context().close();
});

test('the organization tree opens level by level and finds a chi bộ by name without accents', async () => {
  const page = await signIn('nghialo');
  await page.goto(`${server.url}/to-chuc`);
  const tree = page.getByRole('tree');
  await tree.getByText('Đảng bộ thị xã Nghĩa Lộ', { exact: true }).waitFor();
  const children = await apiGet(page, `/orgs/${(await apiGet(page, '/session')).user.org_id}/children`);
  assert.ok(children.items.length > 0);
  await page.locator('.ant-tree-switcher').first().click();
  await tree.getByText(children.items[0].name, { exact: true }).waitFor();
  await screenshot(page, '14-to-chuc');

  await page.getByLabel('Tìm tổ chức theo tên').fill('truong mam non hoa hue');
  await page.getByRole('link', { name: 'Chi bộ Trường Mầm non Hoa Huệ' }).click();
  await page.getByRole('heading', { level: 1, name: 'Chi bộ Trường Mầm non Hoa Huệ' }).waitFor();
  await page.getByText('Đảng viên', { exact: true }).first().waitFor();
  await page.getByRole('tab', { name: 'Hồ sơ phát triển' }).click();
  await page.locator('.ant-tabs-tabpane-active .ant-table-tbody a[href^="/ho-so/"]').first().waitFor();
  await screenshot(page, '15-to-chuc-chi-tiet');
  await page.context().close();
});

test('a read-only user sees people but has no way to add or record anything', async () => {
  const page = await signIn('tuyengiao');
  assert.match(await page.getByTestId('current-user').textContent(), /Chỉ xem/);
  assert.equal(await page.getByRole('menuitem', { name: 'Ghi theo đợt' }).count(), 0);
  await page.goto(`${server.url}/nhan-su`);
  await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
  assert.equal(await page.getByRole('button', { name: 'Thêm người' }).count(), 0);

  const { user } = await apiGet(page, '/session');
  await page.goto(`${server.url}/to-chuc/${user.org_id}`);
  await page.getByRole('tab', { name: 'Thông tin dùng để xét' }).click();
  await page.locator('.org-profile').getByText('Có tổ chức Đoàn (R-2)').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Sửa thông tin dùng để xét' }).count(), 0);
  await page.context().close();
});

test('the dossier page and the everyday lists fit a 360 px phone screen', async () => {
  const page = await signIn('hoahue', { width: 360, height: 780 });
  await page.goto(`${server.url}/ho-so`);
  const link = page.locator('.ant-table-tbody a[href^="/ho-so/"]').first();
  const name = await link.textContent();
  await link.click();
  await page.getByRole('heading', { level: 1, name: `Hồ sơ: ${name}` }).waitFor();
  await page.locator('.next-steps').waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page is ${overflow} px wider than the screen`);
  await screenshot(page, '11-dien-thoai-ho-so');
  await page.getByRole('button', { name: 'Mở menu' }).click();
  await page.getByRole('menuitem', { name: 'Việc cần làm' }).click();
  await page.getByRole('heading', { level: 1, name: 'Việc cần làm' }).waitFor();
  const firstItem = page.locator('.worklist .ant-table-tbody tr.ant-table-row').first();
  await firstItem.waitFor();
  const [item] = (await apiGet(page, '/worklist')).items;
  assert.ok(await firstItem.getByText(vnDate(item.next.due)).isVisible(), 'the deadline is on screen, not scrolled away');
  await screenshot(page, '17-dien-thoai-viec-can-lam');
  for (const [path, title] of [['/viec-can-lam', 'Việc cần làm'], ['/nhan-su', 'Nhân sự'], ['/', 'Tổng quan']]) {
    await page.goto(`${server.url}${path}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.locator('.ant-spin-spinning').first().waitFor({ state: 'detached' });
    const wider = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(wider <= 0, `${title}: the page is ${wider} px wider than the screen`);
  }
  await screenshot(page, '18-dien-thoai-tong-quan');
  await page.context().close();
});

test('no page asked anything of a server other than ketnap', () => {
  assert.deepEqual(outsideRequests, []);
});
