// Sharing results: the page's address with the answers in its `#sme=…` fragment (engine formats/share.ts),
// put on the clipboard, or handed back to be shown for copying by hand when the clipboard refuses
// (permissions, an insecure page, an embedding iframe).
import type { Answers, Questionnaire } from '../../engine/model/schema.js';
import { shareUrl } from '../../engine/formats/share.js';

export async function copyShareLink(
  questionnaire: Questionnaire,
  answers: Answers,
  pageAddress: string,
): Promise<{ copied: true } | { copied: false; link: string }> {
  const link = shareUrl(questionnaire, answers, pageAddress);
  try {
    await navigator.clipboard.writeText(link);
    return { copied: true };
  } catch {
    return { copied: false, link };
  }
}
