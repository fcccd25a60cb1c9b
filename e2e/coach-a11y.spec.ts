import AxeBuilder from "@axe-core/playwright";
import { CLASSIC_ML_RESUME } from "./fixtures";
import { expect, newPerson, test, uploadThroughIntake } from "./coach-fixtures";

test("coach pages have no detectable accessibility violations", async ({ page, coach, browser }) => {
  const scan = async () => {
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((violation) => `${page.url()}: ${violation.id}`)).toEqual([]);
  };
  await page.goto("/sign-up");
  await scan();
  await page.goto("/sign-in");
  await scan();
  await coach.signUp();
  const link = await coach.intakeLink();
  const candidate = await newPerson(browser);
  await candidate.page.goto(link);
  const { violations } = await new AxeBuilder({ page: candidate.page }).analyze();
  expect(violations.map((violation) => violation.id)).toEqual([]);
  const reportUrl = await uploadThroughIntake(candidate.page, link, { label: "Axe Client", text: CLASSIC_ML_RESUME });
  await candidate.context.close();

  await coach.openDashboard();
  await scan();
  await page.goto(`/coach/reports/${reportUrl.split("/").at(-1)}`);
  await scan();
  await page.goto("/coach/cohort");
  await scan();
  await page.goto("/coach/account");
  await scan();
});
