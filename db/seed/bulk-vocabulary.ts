import type { TaskType } from '../schema';

/** Words the bulk generator draws from, so generated models read like a real registry and searches hit. */
export const FAMILIES: [string, TaskType, string, string][] = [
  ['fraud-detector', 'classification', 'loss', 'auc'], ['churn-predictor', 'classification', 'loss', 'accuracy'],
  ['credit-scorer', 'classification', 'loss', 'auc'], ['price-estimator', 'regression', 'loss', 'rmse'],
  ['demand-forecaster', 'forecasting', 'loss', 'mape'], ['search-ranker', 'ranking', 'loss', 'ndcg'],
  ['recommender', 'ranking', 'loss', 'recall_at_10'], ['customer-segmenter', 'clustering', 'inertia', 'silhouette'],
  ['review-sentiment', 'nlp', 'loss', 'f1'], ['ticket-router', 'nlp', 'loss', 'accuracy'],
  ['defect-spotter', 'vision', 'loss', 'map'], ['shelf-scanner', 'vision', 'loss', 'iou'], ['anomaly-scorer', 'other', 'loss', 'precision'],
];
export const TEAMS = ['ml-platform', 'ecology-research', 'automotive-insights', 'payments-risk', 'growth', 'search', 'pricing', 'supply-chain', 'marketing-science',
  'customer-care', 'trust-safety', 'vision-lab', 'nlp-lab', 'logistics', 'credit', 'insurance', 'retail-analytics', 'energy', 'healthcare-ai', 'ads-quality'];
export const DOMAINS = ['payments', 'retail', 'insurance', 'logistics', 'marketing', 'healthcare', 'energy', 'telecom'];
export const FRAMEWORKS = ['xgboost', 'lightgbm', 'scikit-learn', 'pytorch', 'tensorflow', 'catboost'];
export const SUBJECTS = ['card transactions', 'customer accounts', 'support tickets', 'product images', 'store orders', 'sensor readings', 'web sessions'];
export const QUALIFIERS = ['gradient boosted trees', 'a calibrated ensemble', 'a transformer encoder', 'a convolutional backbone', 'a linear baseline'];
export const COLUMNS = ['amount', 'merchant_category', 'country', 'tenure_days', 'age', 'basket_size', 'hour_of_day', 'device', 'channel', 'price', 'region'];
export const FORMATS = ['pickle', 'onnx', 'joblib', 'torchscript', 'savedmodel'];

