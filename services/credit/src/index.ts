import 'reflect-metadata';
import { bootSubgraph } from '@keyfield/core';
import { loadConfig } from './config';
import { creditDataSource } from './db';
import { createCreditServer } from './server';

bootSubgraph({ name: 'credit', loadSettings: loadConfig, port: (s) => s.creditPort, dataSource: creditDataSource, createServer: createCreditServer });
