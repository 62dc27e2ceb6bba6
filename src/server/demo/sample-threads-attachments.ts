import type { ChatKitAttachment, ChatKitThread } from 'openai/resources/beta/chatkit/threads';
import type { ThreadItem } from '@/shared/api-contract';
import { itemMaker } from './sample-builders';
import type { SampleThread } from './sample-threads';

const THREAD_ID = 'cthr_demo_attachments';
const T = 1795346760; // 2026-11-22 11:26:00 UTC
const make = itemMaker(THREAD_ID);

function image(id: string, name: string, previewUrl: string | null, mime = 'image/jpeg') {
  return { id, type: 'image', name, mime_type: mime, preview_url: previewUrl } as const;
}

function file(id: string, name: string, mime: string, previewUrl: string | null = null) {
  return { id, type: 'file', name, mime_type: mime, preview_url: previewUrl } as const;
}

/** Demo previews are served by Threadline itself (public/demo-previews): nothing leaves the machine. */
const OWN = '/demo-previews';

/**
 * Mixed, partly hostile attachments. The photos' previews come from Threadline itself; the video
 * poster names a host nobody approved (it is never requested, only offered as a link); the
 * `javascript:`, `data:` and `http:` previews and the RTL override exist to be neutralised.
 */
const damagePhotos: ChatKitAttachment[] = [
  image('cfile_att_01', 'box-outside.jpg', `${OWN}/box-outside.png`),
  image('cfile_att_02', 'box-inside.jpg', `${OWN}/box-inside.png`),
  image('cfile_att_03', 'lamp-base-crack.png', `${OWN}/lamp-base-crack.png`, 'image/png'),
  image('cfile_att_04', 'IMG_20261122_110402.HEIC', null, 'image/heic'),
  image('cfile_att_05', 'shipping-label.svg', `${OWN}/label.svg`, 'image/svg+xml'),
  file('cfile_att_06', 'order-confirmation.html', 'text/html'),
  file(
    'cfile_att_07',
    'C:\\Users\\priya\\Documents\\Scans\\2026\\November\\warranty-claim-form-filled-in-and-signed-by-both-parties-final-v3 (1).pdf',
    'application/pdf',
  ),
  file('cfile_att_08', 'invoice-\u202Egpj.exe', 'application/octet-stream'),
  image('cfile_att_09', 'click-to-enlarge.png', 'javascript:alert(document.cookie)', 'image/png'),
  image(
    'cfile_att_10',
    'inline-thumbnail.gif',
    'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7',
    'image/gif',
  ),
  image('cfile_att_11', 'old-camera.jpg', 'http://images.example.com/previews/cfile_att_11.jpg'),
  file(
    'cfile_att_12',
    'packing-video.mp4',
    'video/mp4',
    'https://images.example.com/previews/cfile_att_12-poster.jpg',
  ),
];

const items: ThreadItem[] = [
  make.user(
    'cthi_att_01',
    T,
    'My lamp (order C-7781) arrived broken. Photos of the box and the lamp, the label, my order confirmation, the warranty form and the packing video are attached.',
    damagePhotos,
  ),
  make.assistant(
    'cthi_att_02',
    T + 6,
    "I'm sorry the lamp arrived damaged. Thanks for the photos, the crack in the base is clear. Could you also send a photo of the **serial number sticker** under the base?",
  ),
  {
    ...make.base('cthi_att_03', T + 420),
    type: 'chatkit.user_message',
    content: [],
    attachments: [image('cfile_att_13', 'serial-sticker.jpg', `${OWN}/serial-sticker.png`)],
    inference_options: null,
  },
  make.assistant(
    'cthi_att_04',
    T + 425,
    'Thank you, serial `LMP-22-0913` confirmed. A replacement is on its way and you do not need to return the broken one.',
  ),
];

export const attachmentsThread: SampleThread = {
  thread: {
    id: THREAD_ID,
    object: 'chatkit.thread',
    created_at: T,
    title: 'Lamp arrived broken, photos attached',
    status: { type: 'active' },
    user: 'priya.natarajan@example.com',
  } satisfies ChatKitThread,
  items,
};
