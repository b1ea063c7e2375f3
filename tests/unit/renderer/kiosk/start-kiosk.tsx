// A kiosk on the demo market's store, rendered and tapped past its attract
// screen: where every kiosk screen test starts. Not a test file.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TerminalProvider } from '../../../../renderer/app/terminal-context';
import { I18nProvider } from '../../../../renderer/i18n';
import { KioskHome, type KioskHomeProps } from '../../../../renderer/kiosk/KioskHome';
import { demoKioskDb, fakeAuthority, NOW } from './support';

export async function startKiosk(props: Partial<Omit<KioskHomeProps, 'market'>> = {}) {
  const kiosk = await demoKioskDb();
  render(
    <I18nProvider>
      <TerminalProvider value={{ db: kiosk.db, now: () => NOW, ctx: kiosk.ctx }}>
        <KioskHome
          market={kiosk.market}
          portOptions={{ leaseTransport: fakeAuthority().transport, serverUrl: 'http://server' }}
          {...props}
        />
      </TerminalProvider>
    </I18nProvider>,
  );
  await userEvent.click(await screen.findByRole('button', { name: '点击屏幕开始' }));
  return kiosk;
}
