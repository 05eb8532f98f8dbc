import { defineWords } from '@citadel-miniapp/web-kit';

/** The words of the reports waiting to send. */
export const outboxWordsFor = defineWords({
  waitingTitle: 'Phản ánh chờ gửi',
  waiting: 'Đang chờ gửi',
  savedOffline: 'Chưa có mạng: phản ánh đã được lưu trên máy và sẽ tự gửi khi có mạng trở lại.',
  refused: 'Không gửi được: phản ánh này bị từ chối.',
  remove: 'Xoá',
  written: 'Viết lúc {time}',
}, {
  waitingTitle: 'Reports waiting to send',
  waiting: 'Waiting to send',
  savedOffline: 'No connection: the report is saved on this phone and will be sent once you are back online.',
  refused: 'Could not be sent: this report was refused.',
  remove: 'Remove',
  written: 'Written at {time}',
});
