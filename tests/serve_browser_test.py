#!/usr/bin/python3
"""The match and rank pages of `skillfit serve` in real headless Chromium.

Starts the server on a free loopback port, uploads a PDF resume and a JD through the match
page, waits for the report and checks the score (against the API's own answer), a label and
the side-by-side highlight of a skill's lines; then ranks two resumes on the rank page, sorts
the table and opens a row's report. Saves screenshots at desktop and phone width.

    /usr/bin/python3 tests/serve_browser_test.py build/skillfit build/serve-screenshots

Needs Debian's chromium, chromium-driver and python3-selenium (scripts/setup.sh installs them).
"""
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RESUME_PDF = os.path.join(ROOT, "samples/resumes/pdf/alex-chen-backend.pdf")
OTHER_RESUME = os.path.join(ROOT, "samples/resumes/jordan-lee-junior.txt")
JD = os.path.join(ROOT, "samples/jds/backend-engineer.txt")


def start_server(binary):
    env = dict(os.environ, SKILLFIT_CACHE_DIR="", SKILLFIT_TODAY="2026-11")
    proc = subprocess.Popen([binary, "serve", "--host", "127.0.0.1", "--port", "0", "--quiet"],
                            stdout=subprocess.PIPE, env=env, text=True)
    line = proc.stdout.readline()  # the server prints its address once it listens
    match = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
    if not match:
        proc.kill()
        raise SystemExit("serve_browser_test: the server printed no address: %r" % line)
    return proc, "http://127.0.0.1:%s" % match.group(1)


def api_score(base):
    """The score the API gives the same pair, for the page to show."""
    boundary = uuid.uuid4().hex
    parts = []
    for field, path in (("resume", RESUME_PDF), ("jd", JD)):
        with open(path, "rb") as f:
            data = f.read()
        parts.append(("--%s\r\nContent-Disposition: form-data; name=\"%s\"; filename=\"%s\"\r\n"
                      "Content-Type: application/octet-stream\r\n\r\n" %
                      (boundary, field, os.path.basename(path))).encode() + data + b"\r\n")
    body = b"".join(parts) + ("--%s--\r\n" % boundary).encode()
    req = urllib.request.Request(base + "/api/match", data=body, method="POST", headers={
        "Content-Type": "multipart/form-data; boundary=" + boundary})
    with urllib.request.urlopen(req, timeout=60) as res:
        return json.load(res)["score"]


def new_browser(profile):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", "--user-data-dir=" + profile,
                 "--window-size=1280,1000"):
        options.add_argument(flag)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def check(ok, what):
    if not ok:
        raise AssertionError(what)


def test_match_page(browser, base, shots):
    browser.set_window_size(1280, 1000)
    browser.get(base + "/")
    browser.find_element(By.ID, "resume").send_keys(RESUME_PDF)
    with open(JD, encoding="utf-8") as f:
        jd_text = f.read()
    # The JD as pasted text: typing it key by key is slow, so the test sets the value.
    browser.execute_script("document.getElementById('jd-text').value = arguments[0];", jd_text)
    browser.find_element(By.ID, "match-button").click()
    wait = WebDriverWait(browser, 60)
    wait.until(EC.visibility_of_element_located((By.ID, "score")))
    shown = browser.find_element(By.ID, "score").text
    expected = api_score(base)
    check(float(shown) == float(expected), "score on the page %s, API %s" % (shown, expected))

    labels = [c.text for c in browser.find_elements(By.CSS_SELECTOR, "#skills .chip")]
    check("strong" in labels and "missing" in labels, "labels shown: %s" % sorted(set(labels)))

    # A strong skill: its lines light up in both documents.
    strong = browser.find_element(By.CSS_SELECTOR, "#skills li[data-label=strong] button")
    strong.click()
    check(strong.get_attribute("aria-pressed") == "true", "the chosen skill is not marked")
    resume_hits = browser.find_elements(By.CSS_SELECTOR, "#resume-lines li.hit")
    jd_hits = browser.find_elements(By.CSS_SELECTOR, "#jd-lines li.hit")
    check(resume_hits and jd_hits, "highlighted lines: resume %d, JD %d" % (len(resume_hits), len(jd_hits)))
    resume_pane = browser.find_element(By.ID, "resume-pane").rect
    jd_pane = browser.find_element(By.ID, "jd-pane").rect
    check(jd_pane["x"] > resume_pane["x"] + resume_pane["width"] / 2 and
          abs(jd_pane["y"] - resume_pane["y"]) < 5, "the documents are not side by side")

    # From the keyboard: focus another skill and press Enter.
    weak = browser.find_element(By.CSS_SELECTOR, "#skills li[data-label=weak] button")
    browser.execute_script("arguments[0].focus()", weak)
    browser.switch_to.active_element.send_keys(Keys.ENTER)
    check(weak.get_attribute("aria-pressed") == "true", "Enter on a skill did not choose it")
    check(strong.get_attribute("aria-pressed") == "false", "two skills chosen at once")
    strong.click()

    # The filters: only the missing ones.
    browser.find_element(By.ID, "f-strong").click()
    browser.find_element(By.ID, "f-weak").click()
    browser.find_element(By.ID, "f-related").click()
    visible = [li for li in browser.find_elements(By.CSS_SELECTOR, "#skills li") if li.is_displayed()]
    check(visible and all(li.get_attribute("data-label") == "missing" for li in visible),
          "the label filter left other labels")
    for box in ("f-strong", "f-weak", "f-related"):
        browser.find_element(By.ID, box).click()
    guides = browser.find_elements(By.CSS_SELECTOR, "details.question")
    check(guides and not any(g.get_attribute("open") for g in guides), "study guides not collapsed")
    browser.execute_script("document.getElementById('score-heading').scrollIntoView()")
    browser.save_screenshot(os.path.join(shots, "match-desktop.png"))
    browser.execute_script("document.getElementById('skills-heading').scrollIntoView()")
    browser.save_screenshot(os.path.join(shots, "match-desktop-evidence.png"))
    browser.set_window_size(390, 900)
    time.sleep(0.3)
    width = browser.execute_script("return document.documentElement.scrollWidth")
    check(width <= 400, "the page is %dpx wide at phone width" % width)
    browser.execute_script("document.getElementById('report-title').scrollIntoView()")
    browser.save_screenshot(os.path.join(shots, "match-phone.png"))
    browser.execute_script("document.getElementById('skill-detail').scrollIntoView()")
    browser.save_screenshot(os.path.join(shots, "match-phone-evidence.png"))


def test_rank_page(browser, base, shots):
    browser.set_window_size(1280, 1000)
    browser.get(base + "/rank")
    browser.find_element(By.ID, "resumes").send_keys(OTHER_RESUME + "\n" + RESUME_PDF)
    browser.find_element(By.ID, "jd-file").send_keys(JD)
    browser.find_element(By.ID, "rank-button").click()
    wait = WebDriverWait(browser, 60)
    wait.until(EC.visibility_of_element_located((By.ID, "rank-table")))
    rows = browser.find_elements(By.CSS_SELECTOR, "#rank-table tbody tr")
    check(len(rows) == 2, "%d rows ranked" % len(rows))
    check(rows[0].find_element(By.CSS_SELECTOR, "th").text == os.path.basename(RESUME_PDF),
          "the backend resume is not first")
    check("missing" in rows[0].text, "no reasons in the first row")
    # Sort by name, then open the junior resume's report from its row.
    browser.find_element(By.CSS_SELECTOR, "th[data-key=id] button").click()
    first = browser.find_element(By.CSS_SELECTOR, "#rank-table tbody tr th").text
    check(first == os.path.basename(RESUME_PDF) or first == os.path.basename(OTHER_RESUME), first)
    row = [r for r in browser.find_elements(By.CSS_SELECTOR, "#rank-table tbody tr")
           if r.find_element(By.CSS_SELECTOR, "th").text == os.path.basename(OTHER_RESUME)][0]
    row.find_element(By.TAG_NAME, "button").click()
    wait.until(EC.visibility_of_element_located((By.ID, "score")))
    title = browser.find_element(By.ID, "report-title").text
    check(os.path.basename(OTHER_RESUME) in title, "the report opened is for %r" % title)
    browser.save_screenshot(os.path.join(shots, "rank-desktop.png"))
    browser.set_window_size(390, 900)
    time.sleep(0.3)
    width = browser.execute_script("return document.documentElement.scrollWidth")
    check(width <= 400, "the rank page is %dpx wide at phone width" % width)
    browser.execute_script("document.getElementById('ranking').scrollIntoView()")
    browser.save_screenshot(os.path.join(shots, "rank-phone.png"))


def main():
    if len(sys.argv) != 3:
        raise SystemExit("usage: serve_browser_test.py SKILLFIT_BINARY SCREENSHOT_DIR")
    binary, shots = sys.argv[1], sys.argv[2]
    os.makedirs(shots, exist_ok=True)
    proc, base = start_server(binary)
    profile = tempfile.mkdtemp(prefix="skillfit-chromium-")
    browser = None
    try:
        browser = new_browser(profile)
        browser.set_page_load_timeout(30)
        test_match_page(browser, base, shots)
        test_rank_page(browser, base, shots)
        errors = [e for e in browser.get_log("browser") if e.get("level") == "SEVERE"]
        check(not errors, "console errors: %s" % errors)
    finally:
        if browser:
            browser.quit()
        shutil.rmtree(profile, ignore_errors=True)
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(timeout=20)
    check(code == 0, "the server exited %s on SIGTERM" % code)
    print("serve_browser_test: match and rank pages passed; screenshots in " + shots)


if __name__ == "__main__":
    main()
