"""The README's screenshot of the dashboard page: a small real run on the offline default, shot in headless Chromium.

    python tools/page_screenshot.py [images/dashboard.png]

Starts `instructzero dashboard`, sets a small budget on `sentiment` (the README main job's Sobol design, then one round of 5) (offline generator and black box), presses Run,
waits for the end and saves the page. Needs Debian's chromium and chromium-driver, and the Instruction-Induction data
in ../shared/data/instruction_induction.
"""
import socket, subprocess, sys, tempfile, time
from pathlib import Path
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

root = Path(__file__).resolve().parent.parent
out = Path(sys.argv[1] if len(sys.argv) > 1 else root / 'images' / 'dashboard.png')
data = (root / '../shared/data/instruction_induction').resolve()
with socket.socket() as s: s.bind(('127.0.0.1', 0)); port = s.getsockname()[1]
d = Path(tempfile.mkdtemp())
page = subprocess.Popen([str(Path(sys.executable).parent / 'instructzero'), 'dashboard', '--port', str(port), '--out-dir', str(d / 'run'),
                         '--task', 'sentiment', '--data-dir', str(data), '--quiet'], stdout=subprocess.PIPE, text=True)
print(page.stdout.readline().strip())
from instructzero.testing import headless_chromium
drv = headless_chromium()
try:
    drv.get(f'http://127.0.0.1:{port}/')
    WebDriverWait(drv, 120).until(lambda _: drv.find_elements(By.CSS_SELECTOR, '.iz-run'))
    from selenium.webdriver.support.ui import Select
    Select(drv.find_element(By.CSS_SELECTOR, '.iz-method select')).select_by_visible_text('instructzero')  # the picture is of an InstructZero run
    for name, v in dict(n_init=25, iterations=1, batch=5, n_dev=20, n_test=50).items():
        e = drv.find_element(By.CSS_SELECTOR, f'.iz-{name} input')
        e.send_keys(Keys.CONTROL, 'a'); e.send_keys(Keys.DELETE); e.send_keys(str(v), Keys.TAB)
    time.sleep(0.5)
    t0 = time.time()
    drv.find_element(By.CSS_SELECTOR, '.iz-run').click()
    status = lambda: drv.find_element(By.CSS_SELECTOR, '.iz-status').text
    WebDriverWait(drv, 1800, poll_frequency=1).until(lambda _: status() == 'finished' or 'error' in status())
    time.sleep(2)
    out.parent.mkdir(parents=True, exist_ok=True)
    drv.save_screenshot(str(out))
    print(f'{status()} after {time.time() - t0:.0f}s:', drv.find_element(By.CSS_SELECTOR, '.iz-best').text, '|',
          drv.find_element(By.CSS_SELECTOR, '.iz-usage').text, '->', out)
finally:
    drv.quit(); page.terminate(); page.wait(20)
