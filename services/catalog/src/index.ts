import 'reflect-metadata';
import { bootSubgraph } from '@keyfield/core';
import { loadConfig } from './config';
import { catalogDataSource } from './db';
import { createCatalogServer } from './server';

bootSubgraph({ name: 'catalog', loadSettings: loadConfig, port: (s) => s.catalogPort, dataSource: catalogDataSource, createServer: createCatalogServer });
