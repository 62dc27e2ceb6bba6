import { expect, expectNoHorizontalScroll, test } from './fixtures';

// Demo mode: the refund thread's widget (cthi_refund_07) is a Card with most of the components
// the transcript draws, an image served by Threadline itself and two buttons.

const VIEWPORTS = [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
];

for (const viewport of VIEWPORTS) {
  test.describe(`at ${String(viewport.width)}×${String(viewport.height)}`, () => {
    test.use({ viewport });

    test('a widget is drawn as the customer saw it, and its buttons do nothing', async ({
      page,
      baseURL,
      expectAccessibleInBothThemes,
    }) => {
      // Two full-page axe scans (light and dark) on a thread page take a while on a busy machine.
      test.slow();
      const own = new URL(baseURL ?? '').origin;
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.goto('/threads/cthr_demo_refund_duplicate#cthi_refund_07');

      const widget = page.getByRole('group', { name: 'Widget (as shown to the customer)' });
      await widget.scrollIntoViewIfNeeded();
      await expect(widget.getByText('Refund request RF-20931')).toBeVisible();
      await expect(widget.getByText('Amount: $42.00 (payment pay_8Hk3)')).toBeVisible();
      await expect(widget.getByText('Pending approval')).toBeVisible();
      await expect(widget.getByRole('list').getByRole('listitem')).toHaveCount(2);
      const submit = widget.getByText('Submit refund', { exact: true });
      await expect(submit).toBeVisible();
      await expect(widget.getByText('Submit button · action: submit_refund')).toBeVisible();
      await expect(widget.getByText('Button · action: cancel_refund')).toBeVisible();

      // Inert: no buttons or form controls to reach, and a click changes nothing.
      await expect(widget.getByRole('button')).toHaveCount(0);
      await expect(widget.locator('button, input, select, textarea, form, [tabindex]')).toHaveCount(
        0,
      );
      // The agent's first move on the page loads the review controls: let that happen first, so
      // the click below is judged alone.
      // (On a phone the review sits in the closed actions menu and loads when it opens.)
      await page.mouse.move(10, 10);
      if ((page.viewportSize()?.width ?? 0) >= 1024)
        await expect(
          page.getByRole('region', { name: 'Review' }).getByText(/flags?$/),
        ).toBeVisible();
      await page.waitForLoadState('networkidle');
      const url = page.url();
      const before = requests.length;
      await submit.click();
      await page.waitForLoadState('networkidle');
      expect(page.url()).toBe(url);
      expect(requests.slice(before)).toEqual([]);

      // The image is Threadline's own demo preview, loaded inline; nothing else was contacted.
      const image = widget.getByRole('img', { name: 'Bank statement with both charges' });
      await expect(image).toBeVisible();
      await expect
        .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
        .toBeGreaterThan(0);
      expect(new URL((await image.getAttribute('src')) ?? '', own).origin).toBe(own);
      expect(requests.filter((request) => new URL(request).origin !== own)).toEqual([]);

      await expectNoHorizontalScroll(page);
      await expectAccessibleInBothThemes();
    });
  });
}
