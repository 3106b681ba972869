/** Plain names of the application's choices, for the form, the review and the summary page. */
import type { CustomerType, PropertyType } from '../estimate-file/applicationTypes';

export const PROPERTY_TYPE_LABELS: Record<PropertyType, string> = {
  house: 'House',
  bungalow: 'Bungalow',
  flat: 'Flat',
  'commercial-unit': 'Commercial unit',
  'industrial-unit': 'Industrial unit',
  'landlord-supply': 'Landlord supply (communal areas)',
  'ev-charger': 'EV charge point',
  'street-furniture': 'Street lighting or furniture',
  other: 'Other',
};

export const CUSTOMER_TYPE_LABELS: Record<CustomerType, string> = {
  individual: 'Private individual',
  developer: 'Developer or house builder',
  business: 'Business',
  'public-body': 'Public body or local authority',
  'icp-or-idno': 'ICP or IDNO',
  other: 'Other',
};
