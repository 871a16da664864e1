import { useQuery } from '@tanstack/react-query';
import { datasetQueryOptions } from './queries';
import { datasetUrl } from './runtime-config';

export function useDataset() {
  return useQuery(datasetQueryOptions(datasetUrl()));
}
