import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ClipPlayer } from '../../../../renderer/audio/clip-player';
import { SoundGate } from '../../../../renderer/display/SoundGate';
import { I18nProvider } from '../../../../renderer/i18n';
import { FakeAudioContext, fakeFetch } from '../audio/fake-audio';

describe('SoundGate', () => {
  it('shows one button while audio is held back, and goes once a click has enabled sound', async () => {
    const context = new FakeAudioContext('suspended');
    const { unmount } = render(
      <I18nProvider>
        <SoundGate player={new ClipPlayer({ context, ...fakeFetch() })} />
      </I18nProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: '点击启用声音' }));
    expect(screen.queryByRole('button')).toBeNull();
    expect(context.state).toBe('running');
    unmount();
    expect(context.listenerCount).toBe(0);
  });

  it('shows nothing where sound is already allowed (the Electron display)', () => {
    render(
      <I18nProvider>
        <SoundGate player={new ClipPlayer({ context: new FakeAudioContext('running'), ...fakeFetch() })} />
      </I18nProvider>,
    );
    expect(screen.queryByRole('button')).toBeNull();
  });
});
