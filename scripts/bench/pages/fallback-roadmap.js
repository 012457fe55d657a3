// Used only while packages/roadmap/test/generate.ts does not exist: a valid roadmap of `count`
// items over 2020–2029 in six themes, deterministic for a seed.
export function generateRoadmap(count, seed = 1) {
  let a = seed >>> 0;
  const rand = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const themes = ['Johtaminen', 'Palvelut', 'Osaaminen', 'Tieto', 'Yhteistyö', 'Viestintä'].map((label, i) => ({ id: `t${i}`, label }));
  const statuses = ['planned', 'ongoing', 'done', 'late'];
  const items = Array.from({ length: count }, (_, i) => {
    const year = 2020 + Math.floor(rand() * 9);
    const month = 1 + Math.floor(rand() * 12);
    const start = `${year}-${String(month).padStart(2, '0')}`;
    const milestone = rand() < 0.2;
    const endYear = Math.min(2029, year + Math.floor(rand() * 2));
    const endMonth = endYear > year ? 1 + Math.floor(rand() * 12) : Math.min(12, month + Math.floor(rand() * 6));
    return {
      id: `i${i}`,
      theme: themes[i % themes.length].id,
      label: `Kehittämistoimi ${i + 1}`,
      start,
      ...(milestone ? {} : { end: `${endYear}-${String(endMonth).padStart(2, '0')}` }),
      status: statuses[Math.floor(rand() * statuses.length)],
    };
  });
  return { id: 'generated', title: `Generoitu tiekartta (${count})`, start: '2020', end: '2029', themes, items };
}
