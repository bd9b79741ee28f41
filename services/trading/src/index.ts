import 'reflect-metadata';
import { bootSubgraph } from '@keyfield/core';
import { loadConfig } from './config';
import { tradingDataSource } from './db';
import { createTradingServer } from './server';

bootSubgraph({ name: 'trading', loadSettings: loadConfig, port: (s) => s.tradingPort, dataSource: tradingDataSource, createServer: createTradingServer });
