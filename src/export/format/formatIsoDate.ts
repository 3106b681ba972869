// The PDF and CSV print dates the same way as the rest of the app.
export { formatLongDate as formatIsoDate } from '../../format/formatLongDate';
