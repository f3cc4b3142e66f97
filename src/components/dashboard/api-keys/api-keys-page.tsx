"use client";
import type { ScopedApiKey } from "./types";
import { useApi } from "@/components/use-api";
import { ManagersOnly } from "../managers-only";
import { PageHeader } from "../page-header";
import { useSession } from "../session-context";
import { ApiKeyList } from "./api-key-list";
import { CreateApiKey } from "./create-api-key";

export function ApiKeysPage() {
  const { canManage } = useSession();
  const keys = useApi<ScopedApiKey[]>(canManage ? "/api/workspace/api-keys" : null);

  return (
    <>
      <PageHeader title="API keys" description="Keys let your own systems call Baton's API on behalf of this workspace." />
      {canManage ? (
        <div className="space-y-6">
          <CreateApiKey onCreated={(key) => keys.setData((current) => [key, ...(current ?? [])])} />
          <ApiKeyList keys={keys} />
        </div>
      ) : (
        <ManagersOnly what="manage API keys" />
      )}
    </>
  );
}
