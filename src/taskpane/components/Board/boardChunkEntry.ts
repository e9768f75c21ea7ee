// What the board's chunk holds (boardChunk.ts loads it): the view, the model, the Office-backed board and the
// recording of analysed threads.
export { BoardView } from './BoardView';
export { BoardModel } from './BoardModel';
export { createOfficeBoard, withBoardRecording } from '../../../office/board';
