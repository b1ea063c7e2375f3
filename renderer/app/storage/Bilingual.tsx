// One message in Chinese and English at once: the person in front of the
// terminal may read either, and should not have to find a language switch
// while something is wrong.
import { translate, type MessageKey } from '../../i18n';

export function Bilingual({
  id,
  values,
  className,
}: {
  id: MessageKey;
  values?: Record<string, string | number>;
  className?: string;
}) {
  return (
    <div className={className}>
      <p lang="zh-CN">{translate('zh-CN', id, values)}</p>
      <p lang="en">{translate('en', id, values)}</p>
    </div>
  );
}

/** A button labelled in both languages. */
export function bilingualLabel(id: MessageKey): string {
  return `${translate('zh-CN', id)} · ${translate('en', id)}`;
}
