// The caller machine's notice in words: why a call did not go as asked.
import { useI18n } from '../../i18n';
import type { CallerNotice } from '../../state/caller-machine';

export function NoticeText({ notice }: { notice: CallerNotice }) {
  const { t, locale } = useI18n();
  switch (notice.kind) {
    case 'queueEmpty':
      return <>{t('caller.notice.queueEmpty')}</>;
    case 'numberNotFound':
      return <>{t('caller.notice.numberNotFound', { display: notice.display })}</>;
    case 'numberNotWaiting':
      return <>{t('caller.notice.numberNotWaiting', { display: notice.display })}</>;
    case 'lost':
      return (
        <>
          {t('caller.notice.lost', { display: notice.display, window: notice.byWindow })}
          {notice.offer !== null && <> {t('caller.notice.offer', { display: notice.offer })}</>}
        </>
      );
    case 'offlineBlocked':
      return (
        <>
          {t('caller.notice.offlineBlocked', { display: notice.display })}
          {notice.offer !== null && <> {t('caller.notice.offer', { display: notice.offer })}</>}
        </>
      );
    case 'calledOffline':
      return <>{t('caller.notice.calledOffline', { display: notice.display })}</>;
    case 'claimRefused':
      return (
        <>{t('caller.notice.claimRefused', { message: locale === 'zh-CN' ? notice.message.zh : notice.message.en })}</>
      );
    case 'writeFailed':
      return <>{t('caller.notice.writeFailed', { detail: notice.detail })}</>;
    case 'materialsRequired':
      return <>{t('caller.notice.materialsRequired')}</>;
    case 'notLoggedIn':
      return <>{t('caller.notice.notLoggedIn')}</>;
  }
}
