import { chromium } from "playwright-core";
const [, , url, out, width = "1280"] = process.argv;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-background-networking","--disable-component-update","--disable-sync","--no-first-run"] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
const res = await page.goto(url);
console.log(res.status(), page.url());
await page.screenshot({ path: out, fullPage: true });
await browser.close();
